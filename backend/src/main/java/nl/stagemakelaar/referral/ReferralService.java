package nl.stagemakelaar.referral;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.referral.ReferralRepository.Filter;
import nl.stagemakelaar.referral.ReferralRepository.Scope;
import nl.stagemakelaar.school.ProgrammeRepository;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.staff.StaffDirectory;
import nl.stagemakelaar.student.Admission;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.student.StudentService;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** Submission, triage and the hand-off from referral to student; owns the transactions. */
@ApplicationScoped
public class ReferralService {

    @Inject OrganisationRepository organisations;
    @Inject ProgrammeRepository programmes;
    @Inject ReferralRepository referrals;
    @Inject EligibilityQuestionRepository questions;
    @Inject SchoolRepository schools;
    @Inject StudentService studentService;
    @Inject StudentRepository students;
    @Inject StaffDirectory staff;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject nl.stagemakelaar.closure.ClosureService closures;

    /** A mentor sees their school's referrals; everyone else their organisation's. */
    Scope scope() {
        if (caller.hasRole(Roles.MENTOR) && caller.organisationIdIfAny().isEmpty()) {
            return new Scope(null, caller.schoolIdIfAny()
                    .orElseThrow(() -> ApiException.forbidden("Your account is not linked to a school")));
        }
        return new Scope(caller.organisationId(), null);
    }

    @Transactional
    public List<ReferralTarget> targets() {
        List<Organisation> orgs;
        if (caller.hasRole(Roles.MENTOR) && caller.organisationIdIfAny().isEmpty()) {
            UUID school = scope().schoolId();
            orgs = organisations.servingSchool(school);
        } else {
            orgs = organisations.findByIdOptional(caller.organisationId()).map(List::of).orElse(List.of());
        }
        Map<UUID, List<EligibilityQuestion>> byOrg = questions.activeOf(orgs.stream().map(o -> o.id).toList())
                .stream().collect(Collectors.groupingBy(q -> q.organisationId));
        return orgs.stream().map(o -> new ReferralTarget(o.id, o.name, o.kind, o.defaultGuidanceIntensity,
                byOrg.getOrDefault(o.id, List.of()).stream()
                        .map(q -> new ReferralTarget.Question(q.id, q.text)).toList())).toList();
    }

    @Transactional
    public PageResult<ReferralSummary> list(Filter filter, PageRequest page) {
        Scope scope = scope();
        return PageResult.of(referrals.list(scope, filter, page), page, referrals.count(scope, filter, page),
                ReferralSummary::of);
    }

    @Transactional
    public ReferralCounts counts() {
        return referrals.counts(scope(), LocalDate.now());
    }

    @Inject Consents consents;
    @Inject Checklist checklist;

    @Transactional
    public ReferralView get(UUID id) {
        return view(load(id, false));
    }

    /** The referral a student's case started from; 404 for a student registered directly or out of scope. */
    @Transactional
    public ReferralView originOf(UUID studentId) {
        UUID org = caller.organisationId();
        students.requireInOrganisation(org, studentId);
        return view(referrals.originOf(org, studentId).orElseThrow(() -> ApiException.notFound("Referral")));
    }

    @Transactional
    public ReferralView submit(ReferralInput in) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        resolveScope(r, in);
        r.programme = programmes.named("programmeId", in.programmeId());
        var s = in.student();
        r.studentFirstName = s.firstName().trim();
        r.studentLastName = s.lastName().trim();
        r.studentDateOfBirth = s.dateOfBirth();
        r.studentEmail = Text.blankToNull(s.email());
        r.studentPhone = Text.blankToNull(s.phone());
        r.referrerKind = in.referrer().kind();
        r.referrerName = Text.blankToNull(in.referrer().name()) != null ? in.referrer().name().trim() : caller.displayName();
        r.referrerEmail = Text.blankToNull(in.referrer().email());
        r.referrerPhone = Text.blankToNull(in.referrer().phone());
        r.reason = in.reason();
        r.reasonOther = Text.blankToNull(in.reasonOther());
        if (r.reason == ReferralReason.OTHER && r.reasonOther == null) {
            throw ApiException.invalidField("reasonOther", "NotBlank", "reasonOther is required when the reason is OTHER");
        }
        r.searchDuration = in.searchDuration();
        r.applicationsSent = in.applicationsSent();
        r.companiesContacted = in.companiesContacted();
        r.schoolActions = Text.blankToNull(in.schoolActions());
        r.internshipMustStartBy = in.internshipMustStartBy();
        r.hoursBehind = in.hoursBehind();
        checkConsent(in.consent(), s.dateOfBirth());
        r.studentConsent = true;
        r.guardianConsent = Boolean.TRUE.equals(in.consent().guardian());
        r.consentDate = in.consent().date();
        answerChecklist(r, in.eligibilityAnswers() == null ? List.of() : in.eligibilityAnswers());
        r.status = ReferralStatus.SUBMITTED;
        r.submittedAt = OffsetDateTime.now();
        r.submittedBy = caller.username();
        touch(r);
        referrals.persist(r);
        referrals.flush();
        return view(r);
    }

    /** What a student's own confirmed sign-up says; checked by the sign-up feature before the student confirmed. */
    public record SelfSignUp(nl.stagemakelaar.organisation.Organisation organisation, nl.stagemakelaar.school.School school,
            String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
            SearchDuration searchDuration, Integer applicationsSent, String tried, boolean guardianConsent,
            LocalDate consentDate, List<ReferralInput.Answer> answers, String signUpKey) {
    }

    /**
     * A student signed up on the public page and confirmed by e-mail: a referral in the inbox with channel SELF,
     * referred by the student. False when the same link (its key) already made it: nothing new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean submitSelf(SelfSignUp in) {
        if (referrals.count("signUpKey", in.signUpKey()) > 0) {
            return false;
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.organisation = in.organisation();
        r.school = in.school();
        r.studentFirstName = in.firstName().trim();
        r.studentLastName = in.lastName().trim();
        r.studentDateOfBirth = in.dateOfBirth();
        r.studentEmail = Text.blankToNull(in.email());
        r.studentPhone = Text.blankToNull(in.phone());
        r.referrerKind = ReferrerKind.STUDENT;
        r.referrerName = r.studentFirstName + " " + r.studentLastName;
        r.channel = Channel.SELF;
        r.reason = ReferralReason.STUDENT_STRUGGLES;
        r.searchDuration = in.searchDuration();
        r.applicationsSent = in.applicationsSent();
        r.studentTried = Text.blankToNull(in.tried());
        r.studentConsent = true;
        r.guardianConsent = in.guardianConsent();
        r.consentDate = in.consentDate();
        answerChecklist(r, in.answers());
        r.signUpKey = in.signUpKey();
        r.status = ReferralStatus.SUBMITTED;
        r.submittedAt = OffsetDateTime.now();
        r.submittedBy = SELF_SIGN_UP;
        r.updatedAt = r.submittedAt;
        r.updatedBy = SELF_SIGN_UP;
        referrals.persist(r);
        referrals.flush();
        return true;
    }

    /** Who submitted a referral the student made themselves (in the trail and on the referral). */
    public static final String SELF_SIGN_UP = "self-sign-up";

    @Transactional
    public ReferralView accept(UUID id, String ifMatch, TriageInputs.Accept in) {
        Referral r = loadForDecision(id, ifMatch, ReferralStatus.ACCEPTED);
        String broker = Text.blankToNull(in.assignedBroker());
        if (broker == null) {
            broker = caller.username();
        } else if (!staff.isBroker(r.organisation.id, broker)) {
            throw ApiException.invalidField("assignedBroker", "Scope", "assignedBroker is not a broker of your organisation");
        }
        Student student = studentService.admitFromReferral(new Admission(r.organisation, r.id, r.studentFirstName,
                r.studentLastName, r.studentDateOfBirth, r.studentEmail, r.studentPhone, r.school, r.programme, broker,
                in.guidanceIntensity(), r.internshipMustStartBy));
        consents.recordCase(r.organisation.id, student.id, r.id, r.guardianConsent, r.consentDate);
        r.student = student;
        timeline.record(r.organisation.id, student.id, TimelineKind.REFERRAL_ACCEPTED, OffsetDateTime.now(),
                r.referrerKind + " · " + r.referrerName + " · " + r.channel, null, r.id);
        decide(r, ReferralStatus.ACCEPTED, null, null);
        return view(r);
    }

    /** The broker writes down what the school's coordinator answered; the referral's version moves (If-Match). */
    @Transactional
    public ReferralView schoolAnswer(UUID id, String ifMatch, TriageInputs.SchoolAnswer in) {
        Referral r = load(id, true);
        Etags.require(ifMatch, r.version);
        r.schoolAnswer = Text.blankToNull(in.answer());
        r.schoolAnswerAt = r.schoolAnswer == null ? null : OffsetDateTime.now();
        r.schoolAnswerBy = r.schoolAnswer == null ? null : caller.username();
        touch(r);
        referrals.flush();
        return view(r);
    }

    @Transactional
    public ReferralView waitlist(UUID id, String ifMatch, TriageInputs.Waitlist in) {
        Referral r = loadForDecision(id, ifMatch, ReferralStatus.WAITLISTED);
        decide(r, ReferralStatus.WAITLISTED, in.reason().trim(), in.reviewOn());
        return view(r);
    }

    @Transactional
    public ReferralView decline(UUID id, String ifMatch, TriageInputs.Decline in) {
        Referral r = loadForDecision(id, ifMatch, ReferralStatus.DECLINED);
        decide(r, ReferralStatus.DECLINED, in.reason().trim(), null);
        return view(r);
    }

    @Transactional
    public ReferralView withdraw(UUID id) {
        Referral r = load(id, true);
        transition(r, ReferralStatus.WITHDRAWN);
        decide(r, ReferralStatus.WITHDRAWN, r.decisionReason, r.reviewOn);
        return view(r);
    }

    private Referral load(UUID id, boolean lock) {
        return referrals.findInScope(scope(), id, lock).orElseThrow(() -> ApiException.notFound("Referral"));
    }

    /** The referral, locked, at the version the broker read, and able to become {@code to}. */
    private Referral loadForDecision(UUID id, String ifMatch, ReferralStatus to) {
        Referral r = load(id, true);
        Etags.require(ifMatch, r.version);
        transition(r, to);
        return r;
    }

    private static void transition(Referral r, ReferralStatus to) {
        if (!r.status.next().contains(to)) {
            throw new ApiException(409, "illegal-transition",
                    "A referral that is " + r.status + " cannot become " + to, List.of());
        }
    }

    private void decide(Referral r, ReferralStatus to, String reason, LocalDate reviewOn) {
        r.status = to;
        r.decisionReason = reason;
        r.reviewOn = reviewOn;
        r.decidedAt = OffsetDateTime.now();
        r.decidedBy = caller.username();
        touch(r);
        Log.infof("referral %s -> %s by %s", r.id, to, caller.username());
        referrals.flush();
    }

    private void touch(Referral r) {
        r.updatedAt = OffsetDateTime.now();
        r.updatedBy = caller.username();
    }

    /**
     * Where the referral goes, from the token: a mentor refers from their own school to one of the
     * organisations serving it; a broker or integration registers into its own organisation, for a
     * school that organisation serves.
     */
    private void resolveScope(Referral r, ReferralInput in) {
        if (caller.hasRole(Roles.MENTOR) && caller.organisationIdIfAny().isEmpty()) {
            UUID school = scope().schoolId();
            if (in.schoolId() != null && !in.schoolId().equals(school)) {
                throw ApiException.invalidField("schoolId", "Scope", "schoolId must be your own school");
            }
            if (in.organisationId() == null) {
                throw ApiException.invalidField("organisationId", "NotNull", "choose the broker organisation");
            }
            r.organisation = organisations.findByIdOptional(in.organisationId())
                    .filter(o -> schools.findServedBy(o.id, school).isPresent())
                    .orElseThrow(() -> ApiException.invalidField("organisationId", "Scope",
                            "organisationId does not serve your school"));
            r.school = schools.findById(school);
            r.channel = Channel.REFERRAL_FORM;
            return;
        }
        UUID org = caller.organisationId();
        if (in.organisationId() != null && !in.organisationId().equals(org)) {
            throw ApiException.invalidField("organisationId", "Scope", "organisationId must be your own organisation");
        }
        r.organisation = organisations.findByIdOptional(org)
                .orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        if (in.schoolId() == null) {
            throw ApiException.invalidField("schoolId", "NotNull", "schoolId is required");
        }
        r.school = schools.findServedBy(org, in.schoolId()).orElseThrow(() -> ApiException.invalidField("schoolId",
                "Scope", "schoolId is not a school your organisation serves"));
        if (caller.hasRole(Roles.INTEGRATION)) {
            r.channel = Channel.INTEGRATION;
        } else {
            if (in.channel() == null) {
                throw ApiException.invalidField("channel", "NotNull", "channel is required for a registration by a broker");
            }
            r.channel = in.channel();
        }
    }

    private static void checkConsent(ReferralInput.Consent consent, LocalDate dateOfBirth) {
        Consents.requireGuardianIfMinor(dateOfBirth, consent.date(), consent.guardian(), "consent.guardian");
    }

    /** Every active question of the organisation must be answered, and only those. */
    private void answerChecklist(Referral r, List<ReferralInput.Answer> answers) {
        Map<UUID, EligibilityQuestion> active = checklist.answered(r.organisation.id, answers, "eligibilityAnswers");
        Map<UUID, Boolean> given = new HashMap<>();
        answers.forEach(a -> given.put(a.questionId(), a.answer()));
        given.forEach((id, answer) -> r.eligibilityAnswers.put(id, new GivenAnswer(answer, active.get(id))));
        r.eligibilityFailures = (int) given.entrySet().stream()
                .filter(e -> e.getValue() != active.get(e.getKey()).qualifyingAnswer).count();
    }

    private ReferralView view(Referral r) {
        // Once placed, the referrer sees where and from when: the employer's name and start date only.
        ReferralRepository.Placed placed = r.student == null ? null : referrals.placedAt(r.student.id).orElse(null);
        Map<UUID, EligibilityQuestion> asked = questions.byIds(r.eligibilityAnswers.keySet()).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        var eligibility = asked.values().stream()
                .sorted(java.util.Comparator.comparingInt(q -> q.position))
                .map(q -> {
                    GivenAnswer a = r.eligibilityAnswers.get(q.id);
                    // The wording and rule the referrer answered, not today's (a lead may have edited the question).
                    String text = a.questionText != null ? a.questionText : q.text;
                    boolean qualifying = a.qualifyingAnswer != null ? a.qualifyingAnswer : q.qualifyingAnswer;
                    return new ReferralView.EligibilityAnswerView(q.id, text, a.answer, a.answer == qualifying);
                }).toList();
        return new ReferralView(r.id, r.status, new ReferralView.OrganisationRef(r.organisation.id, r.organisation.name),
                nl.stagemakelaar.school.SchoolView.of(r.school), nl.stagemakelaar.school.ProgrammeView.of(r.programme),
                new ReferralView.StudentDetailsView(r.studentFirstName, r.studentLastName, r.studentDateOfBirth,
                        r.studentEmail, r.studentPhone),
                new ReferralView.ReferrerView(r.referrerKind, r.referrerName, r.referrerEmail, r.referrerPhone),
                r.channel, r.reason, r.reasonOther, r.searchDuration, r.applicationsSent, r.companiesContacted,
                r.schoolActions, r.studentTried, r.schoolAnswer, r.schoolAnswerAt, r.schoolAnswerBy, r.internshipMustStartBy, r.hoursBehind,
                new ReferralView.ConsentView(r.studentConsent, r.guardianConsent, r.consentDate), eligibility,
                r.eligibilityFailures, r.decisionReason, r.reviewOn, r.decidedAt, r.decidedBy,
                staff.nameOf(r.organisation.id, r.decidedBy),
                r.student == null ? null : r.student.id, r.student == null ? null : r.student.phase,
                placed == null ? null : placed.employerName(), placed == null ? null : placed.startDate(),
                r.student == null ? null : closures.summary(r.student.id).orElse(null),
                r.submittedAt, r.submittedBy, r.version);
    }
}
