package nl.stagemakelaar.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;
import nl.stagemakelaar.employer.Employer;

/** One approach of an employer for a student (the report counts about eight per student). */
@Entity
public class Outreach extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Employer employer;

    @Enumerated(EnumType.STRING)
    public OutreachChannel channel;

    public LocalDate approachedOn;

    @Enumerated(EnumType.STRING)
    public OutreachResult result;

    public String declineReason;

    public String broker;

    public OffsetDateTime createdAt;
}
