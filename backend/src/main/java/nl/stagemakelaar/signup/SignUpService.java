package nl.stagemakelaar.signup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.referral.Checklist;
import nl.stagemakelaar.referral.EligibilityQuestion;
import nl.stagemakelaar.referral.EligibilityQuestionRepository;
import nl.stagemakelaar.referral.ReferralInput;
import nl.stagemakelaar.referral.ReferralService;
import nl.stagemakelaar.school.School;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.security.TenantScope;

/**
 * The student's own door: the public page's questions, the sign-up (checked, then sealed into the link of a
 * confirmation e-mail, nothing stored), and the confirmation that turns it into a referral with channel SELF.
 */
@ApplicationScoped
public class SignUpService {

    /** Two days to click the link; after that the student signs up again. */
    static final long LINK_SECONDS = 2 * 24 * 3600;

    @Inject OrganisationRepository organisations;
    @Inject EligibilityQuestionRepository questions;
    @Inject Checklist checklist;
    @Inject SchoolRepository schools;
    @Inject ReferralService referrals;
    @Inject ProofOfWork proofOfWork;
    @Inject SignUpKeys keys;
    @Inject SignUpMail mail;
    @Inject TenantScope tenantScope;
    @Inject AppConfig config;
    @Inject ObjectMapper json;

    @Transactional
    public SignUpInputs.Form form(UUID organisationId) {
        Organisation o = open(organisationId);
        return new SignUpInputs.Form(o.name,
                questions.active(o.id).stream().map(q -> new SignUpInputs.Question(q.id, q.studentText != null ? q.studentText : q.text, q.qualifyingAnswer)).toList(),
                o.schools.stream().sorted(Comparator.comparing((School s) -> s.name))
                        .map(s -> new SignUpInputs.Option(s.id, s.name)).toList(),
                o.notEligibleText, proofOfWork.issue());
    }

    @Transactional
    public SignUpInputs.Result submit(UUID organisationId, SignUpInputs.SignUp in) {
        Organisation o = open(organisationId);
        if (!proofOfWork.solved(in.challenge(), in.nonce())) {
            throw refused();
        }
        if (Text.blankToNull(in.website()) != null) {
            spend(in);
            // A form filler that fills every field: it is told what a person would be told, and nothing happens.
            Log.infof("sign-up: a filled-in trap field on organisation %s's page was ignored", o.id);
            return new SignUpInputs.Result(true, null, in.email(), null);
        }
        if (!qualifies(o.id, in.answers())) {
            return new SignUpInputs.Result(false, o.notEligibleText, null, null);
        }
        if (o.schools.stream().noneMatch(s -> s.id.equals(in.schoolId()))) {
            throw ApiException.invalidField("schoolId", "Scope", "not a school this organisation serves");
        }
        LocalDate today = LocalDate.now();
        Consents.requireGuardianIfMinor(in.dateOfBirth(), today, in.guardianConsent(), "guardianConsent");
        spend(in); // only now: a student who corrects a field does not have to solve it again
        var sealed = new SignUpInputs.Sealed(o.id, Instant.now().getEpochSecond() + LINK_SECONDS, in.answers(),
                in.firstName().trim(), in.lastName().trim(), in.dateOfBirth(), in.email().trim(), Text.blankToNull(in.phone()),
                in.schoolId(), in.searchDuration(), in.applicationsSent(), Text.blankToNull(in.tried()),
                Boolean.TRUE.equals(in.guardianConsent()), today);
        String link = config.invitations().appUrl().replaceAll("/+$", "") + "/aanmelden-bevestigen#" + sealed(sealed);
        mail.send(sealed.email(), sealed.firstName(), o.name, link);
        return new SignUpInputs.Result(true, null, sealed.email(), config.invitations().showLink() ? link : null);
    }

    /** The link came back: the referral is made now (once; the same link again finds it). */
    @Transactional
    public SignUpInputs.Confirmed confirm(String token) {
        byte[] plain = keys.open(token);
        SignUpInputs.Sealed s = plain == null ? null : inflate(plain);
        if (s == null) {
            throw ApiException.invalidField("token", "Invalid", "this link is not valid");
        }
        if (s.expiresAt() < Instant.now().getEpochSecond()) {
            throw new ApiException(410, "link-expired", "This link has expired: sign up again", List.of());
        }
        Organisation o = open(s.organisationId());
        School school = schools.findServedBy(o.id, s.schoolId()).orElseThrow(() -> ApiException.invalidField("token",
                "Scope", "the school is no longer served: sign up again"));
        String key = HexFormat.of().formatHex(ProofOfWork.sha256(token));
        boolean made = referrals.submitSelf(new ReferralService.SelfSignUp(o, school, s.firstName(), s.lastName(), s.dateOfBirth(),
                s.email(), s.phone(), s.searchDuration(), s.applicationsSent(), s.tried(), s.guardianConsent(), s.consentDate(),
                s.answers(), key));
        return new SignUpInputs.Confirmed(o.name, s.firstName(), !made);
    }

    private void spend(SignUpInputs.SignUp in) {
        if (!proofOfWork.spend(in.challenge())) {
            throw refused();
        }
    }

    private static ApiException refused() {
        return ApiException.invalidField("challenge", "Challenge", "the check did not pass or was used before; reload the page");
    }

    /** The organisation behind a public page, seen as that page only; 404 when it has no open page. */
    private Organisation open(UUID organisationId) {
        tenantScope.lookUpLink();
        Organisation o = organisations.findByIdOptional(organisationId).filter(x -> x.selfSignUp)
                .orElseThrow(() -> ApiException.notFound("Sign-up page"));
        tenantScope.narrowToLink(o.id, ReferralService.SELF_SIGN_UP);
        return o;
    }

    /** Every active question answered, each as the checklist wants; anything else is for another desk. */
    private boolean qualifies(UUID org, List<ReferralInput.Answer> answers) {
        Map<UUID, EligibilityQuestion> active = checklist.answered(org, answers, "answers");
        return answers.stream().allMatch(a -> active.get(a.questionId()).qualifyingAnswer == a.answer());
    }

    /** The link's token: the sign-up, compressed, encrypted and authenticated. */
    String sealed(SignUpInputs.Sealed s) {
        return keys.seal(deflate(s));
    }

    private byte[] deflate(SignUpInputs.Sealed s) {
        try {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
            d.setInput(json.writeValueAsBytes(s));
            d.finish();
            var out = new ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            d.end();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignUpInputs.Sealed inflate(byte[] compressed) {
        try {
            Inflater i = new Inflater();
            i.setInput(compressed);
            var out = new ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && (i.needsInput() || i.needsDictionary()) || out.size() > 64_000) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            i.end();
            return json.readValue(out.toByteArray(), SignUpInputs.Sealed.class);
        } catch (IOException | DataFormatException e) {
            return null;
        }
    }
}
