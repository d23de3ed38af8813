package nl.stagemakelaar.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** The kit sent to one student once: its personal download link (only the token's hash) and when it was opened. */
@Entity
public class KitSend extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public KitChannel channel;

    public UUID templateId;

    @Column(updatable = false)
    public String tokenHash;

    public OffsetDateTime expiresAt;

    @Column(updatable = false)
    public OffsetDateTime sentAt;

    @Column(updatable = false)
    public String sentBy;

    public OffsetDateTime openedAt;
}
