package nl.stagemakelaar.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** The personal link of one student for one moment; only the token's hash is stored. */
@Entity
public class SurveyInvitation extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public SurveyMoment moment;

    public UUID instrumentId;

    public String tokenHash;

    public OffsetDateTime expiresAt;

    public OffsetDateTime sentAt;

    public String sentBy;

    public OffsetDateTime completedAt;

    @Version
    public int version;
}
