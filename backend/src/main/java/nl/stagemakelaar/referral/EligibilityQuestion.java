package nl.stagemakelaar.referral;

import jakarta.persistence.Entity;
import nl.stagemakelaar.common.TenantEntity;

/** One question of an organisation's eligibility checklist and the answer that qualifies. */
@Entity
public class EligibilityQuestion extends TenantEntity {

    public int position;
    public String text;

    /** The same question as a student reads it on the public sign-up page; null: the text above. */
    public String studentText;

    public boolean qualifyingAnswer;

    public boolean active;

    @jakarta.persistence.Version
    public int version;
}
