package nl.stagemakelaar.settings;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.organisation.OrganisationSettings;
import nl.stagemakelaar.referral.Checklist;
import nl.stagemakelaar.referral.EligibilityQuestion;
import nl.stagemakelaar.school.School;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.school.SchoolView;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.staff.StaffDirectory;
import nl.stagemakelaar.staff.StaffMember;

/**
 * The organisation's settings in one place. Each owner writes its own part (the organisation, the staff
 * directory, the checklist); this feature composes them and keeps the history of every change.
 */
@ApplicationScoped
public class SettingsService {

    @Inject OrganisationSettings organisation;
    @Inject StaffDirectory staff;
    @Inject Checklist checklist;
    @Inject SchoolRepository schools;
    @Inject Caller caller;

    @Transactional
    public SettingsView get() {
        return view(organisation.load(caller.organisationId()));
    }

    @Transactional
    public SettingsView update(String ifMatch, SettingsInputs.Organisation in) {
        UUID org = caller.organisationId();
        Organisation before = organisation.load(org);
        var was = List.of(before.kind.name(), before.defaultGuidanceIntensity.name(), String.valueOf(before.noContactDays),
                Objects.toString(before.followUpDays, ""), cadenceText(before), String.valueOf(before.outOfContactAttempts),
                Objects.toString(before.hourlyCost, ""), String.valueOf(before.retentionMonths));
        var c = in.cadence();
        Organisation o = organisation.configure(org, ifMatch, new OrganisationSettings.Values(in.kind(),
                in.defaultGuidanceIntensity(), in.noContactDays(), in.followUpDays(), c == null ? null
                        : new OrganisationSettings.Cadence(c.intensiveEmployerDays(), c.intensiveStudentDays(),
                                c.placementOnlyFirstDays(), c.placementOnlyEndDays()), in.outOfContactAttempts(), in.hourlyCost(),
                in.retentionMonths()));
        var now = List.of(o.kind.name(), o.defaultGuidanceIntensity.name(), String.valueOf(o.noContactDays),
                Objects.toString(o.followUpDays, ""), cadenceText(o), String.valueOf(o.outOfContactAttempts),
                Objects.toString(o.hourlyCost, ""), String.valueOf(o.retentionMonths));
        var names = List.of("kind", "defaultGuidanceIntensity", "noContactDays", "followUpDays", "cadence",
                "outOfContactAttempts", "hourlyCost", "retentionMonths");
        for (int i = 0; i < names.size(); i++) {
            record(org, names.get(i), was.get(i), now.get(i));
        }
        return view(o);
    }

    @Transactional
    public SettingsView signUp(String ifMatch, SettingsInputs.SignUp in) {
        UUID org = caller.organisationId();
        Organisation before = organisation.load(org);
        boolean wasOpen = before.selfSignUp;
        String wasText = Objects.toString(before.notEligibleText, "");
        Organisation o = organisation.configureSignUp(org, ifMatch, in.open(), nl.stagemakelaar.common.Text.blankToNull(in.notEligibleText()));
        record(org, "selfSignUp", String.valueOf(wasOpen), String.valueOf(o.selfSignUp));
        record(org, "notEligibleText", wasText, Objects.toString(o.notEligibleText, ""));
        return view(o);
    }

    @Transactional
    public SettingsView serve(SettingsInputs.Schools in) {
        UUID org = caller.organisationId();
        String was = schoolNames(organisation.load(org).schools);
        Organisation o = organisation.serve(org, in.schoolIds());
        record(org, "schools", was, schoolNames(o.schools));
        return view(o);
    }

    @Transactional
    public SettingsView capacity(String username, SettingsInputs.Capacity in) {
        UUID org = caller.organisationId();
        StaffMember before = staff.byUsername(org).get(username);
        if (before == null) {
            throw ApiException.notFound("Staff member");
        }
        String was = capacityText(before.hoursPerWeek, before.maxActiveCases);
        staff.setCapacity(org, username, in.hoursPerWeek(), in.maxActiveCases());
        record(org, "capacity:" + username, was, capacityText(in.hoursPerWeek(), in.maxActiveCases()));
        return get();
    }

    @Transactional
    public SettingsView addQuestion(SettingsInputs.Question in) {
        UUID org = caller.organisationId();
        EligibilityQuestion q = checklist.add(org, in.text(), in.studentText(), in.qualifyingAnswer());
        record(org, "checklist:" + q.id, null, questionText(q));
        return get();
    }

    @Transactional
    public SettingsView editQuestion(UUID id, String ifMatch, SettingsInputs.Question in) {
        UUID org = caller.organisationId();
        String was = checklist.all(org).stream().filter(q -> q.id.equals(id)).findFirst().map(SettingsService::questionText)
                .orElseThrow(() -> ApiException.notFound("Question"));
        EligibilityQuestion q = checklist.edit(org, id, ifMatch, in.text(), in.studentText(), in.qualifyingAnswer(),
                in.active() == null || in.active());
        record(org, "checklist:" + q.id, was, questionText(q));
        return get();
    }

    @Transactional
    public SettingsView reorder(SettingsInputs.Order in) {
        UUID org = caller.organisationId();
        String was = order(org);
        checklist.reorder(org, in.ids());
        record(org, "checklistOrder", was, order(org));
        return get();
    }

    @Transactional
    public PageResult<SettingsView.Change> history(PageRequest page) {
        UUID org = caller.organisationId();
        var query = SettingChange.<SettingChange>find("organisationId = ?1 order by changedAt desc, id desc", org);
        var names = staff.byUsername(org);
        return PageResult.of(query.page(page.page(), page.size()).list(), page, query.count(), c -> new SettingsView.Change(
                c.id, c.changedAt, c.changedBy, names.containsKey(c.changedBy) ? names.get(c.changedBy).displayName : null,
                c.setting, c.oldValue, c.newValue));
    }

    /** A change is recorded only when something changed; the audit trail gets it too. */
    private void record(UUID org, String setting, String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        SettingChange c = new SettingChange();
        c.organisationId = org;
        c.changedAt = OffsetDateTime.now();
        c.changedBy = caller.username();
        c.setting = setting;
        c.oldValue = was;
        c.newValue = now;
        c.persist();
        Log.infof("setting %s of %s changed by %s", setting, org, caller.username());
    }

    private String order(UUID org) {
        return checklist.all(org).stream().filter(q -> q.active).map(q -> String.valueOf(q.position) + ". " + q.text)
                .collect(Collectors.joining(" | "));
    }

    private static String questionText(EligibilityQuestion q) {
        return q.text + (q.studentText == null ? "" : " (student: " + q.studentText + ")") + " — " + (q.qualifyingAnswer ? "YES" : "NO") + (q.active ? "" : " — INACTIVE");
    }

    private static String cadenceText(Organisation o) {
        return "intensive: employer " + o.intensiveEmployerDays + " d, student " + o.intensiveStudentDays
                + " d; placement only: " + o.placementOnlyFirstDays + " d after start, " + o.placementOnlyEndDays
                + " d before end";
    }

    private static String capacityText(Integer hours, Integer cases) {
        return (hours == null ? "-" : hours + " h/w") + " · " + (cases == null ? "-" : cases + " cases");
    }

    private static String schoolNames(java.util.Set<School> set) {
        return set.stream().map(s -> s.name).sorted().collect(Collectors.joining(", "));
    }

    private SettingsView view(Organisation o) {
        List<SchoolView> served = o.schools.stream().sorted(Comparator.comparing((School s) -> s.name)).map(SchoolView::of).toList();
        List<SchoolView> options = schools.listAll().stream().sorted(Comparator.comparing((School s) -> s.name))
                .map(SchoolView::of).toList();
        var people = staff.all(o.id).stream().map(m -> new SettingsView.StaffCapacity(m.key.username, m.displayName, m.role,
                m.hoursPerWeek, m.maxActiveCases)).toList();
        var questions = checklist.all(o.id).stream().map(q -> new SettingsView.QuestionView(q.id, q.position, q.text,
                q.studentText, q.qualifyingAnswer, q.active, q.version)).toList();
        var cadence = new SettingsView.Cadence(o.intensiveEmployerDays, o.intensiveStudentDays, o.placementOnlyFirstDays,
                o.placementOnlyEndDays);
        return new SettingsView(o.id, o.name, o.kind, o.defaultGuidanceIntensity, o.noContactDays, o.followUpDays, cadence, o.outOfContactAttempts, o.hourlyCost, o.retentionMonths, served,
                options, people, questions, o.selfSignUp, o.notEligibleText, o.version);
    }
}
