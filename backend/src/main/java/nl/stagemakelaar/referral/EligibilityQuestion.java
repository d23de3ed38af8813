package nl.stagemakelaar.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One question of an organisation's eligibility checklist and the answer that qualifies. */
@Entity
@Table(name = "eligibility_question")
public class EligibilityQuestion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public int position;
    public String text;

    @Column(name = "qualifying_answer")
    public boolean qualifyingAnswer;

    public boolean active;
}
