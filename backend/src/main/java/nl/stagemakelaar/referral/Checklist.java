package nl.stagemakelaar.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;

/**
 * The organisation's eligibility checklist as a lead keeps it. Questions are never deleted, only deactivated:
 * referrals point at them, and keep the wording they were answered with.
 */
@ApplicationScoped
public class Checklist {

    @Inject EligibilityQuestionRepository questions;

    public List<EligibilityQuestion> all(UUID organisationId) {
        return questions.list("organisationId = ?1 order by active desc, position, id", organisationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityQuestion add(UUID organisationId, String text, String studentText, boolean qualifyingAnswer) {
        EligibilityQuestion q = new EligibilityQuestion();
        q.id = UUID.randomUUID();
        q.organisationId = organisationId;
        q.text = text.trim();
        q.studentText = blankToNull(studentText);
        q.qualifyingAnswer = qualifyingAnswer;
        q.active = true;
        q.position = questions.find("organisationId", organisationId).stream().mapToInt(x -> x.position).max().orElse(0) + 1;
        questions.persist(q);
        return q;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityQuestion edit(UUID organisationId, UUID id, String ifMatch, String text, String studentText,
            boolean qualifyingAnswer, boolean active) {
        EligibilityQuestion q = load(organisationId, id);
        Etags.require(ifMatch, q.version);
        q.text = text.trim();
        q.studentText = blankToNull(studentText);
        q.qualifyingAnswer = qualifyingAnswer;
        q.active = active;
        questions.flush();
        return q;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The active questions in the order given; every active question exactly once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reorder(UUID organisationId, List<UUID> ids) {
        List<EligibilityQuestion> active = questions.active(organisationId);
        if (ids.size() != active.size() || !ids.containsAll(active.stream().map(q -> q.id).toList())) {
            throw ApiException.invalidField("ids", "Incomplete", "give every active question once, in the new order");
        }
        for (EligibilityQuestion q : active) {
            q.position = ids.indexOf(q.id) + 1;
        }
    }

    /**
     * The active questions by id, once {@code answers} answers every one of them and no other; errors name
     * {@code field} (a referral's {@code eligibilityAnswers}, the public page's {@code answers}).
     */
    public java.util.Map<UUID, EligibilityQuestion> answered(UUID organisationId, List<ReferralInput.Answer> answers, String field) {
        java.util.Map<UUID, EligibilityQuestion> active = questions.active(organisationId).stream()
                .collect(java.util.stream.Collectors.toMap(q -> q.id, q -> q));
        for (int i = 0; i < answers.size(); i++) {
            if (!active.containsKey(answers.get(i).questionId())) {
                throw ApiException.invalidField(field + "[" + i + "].questionId", "Scope",
                        "not a question of this organisation's checklist");
            }
        }
        if (!answers.stream().map(ReferralInput.Answer::questionId).collect(java.util.stream.Collectors.toSet())
                .containsAll(active.keySet())) {
            throw ApiException.invalidField(field, "Incomplete", "answer every eligibility question");
        }
        return active;
    }

    private EligibilityQuestion load(UUID organisationId, UUID id) {
        return questions.find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Question"));
    }
}
