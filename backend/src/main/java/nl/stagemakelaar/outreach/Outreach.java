package nl.stagemakelaar.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.employer.Employer;

/** One approach of an employer for a student (the report counts about eight per student). */
@Entity
@Table(name = "outreach")
public class Outreach extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @Column(name = "student_id", updatable = false)
    public UUID studentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    @Enumerated(EnumType.STRING)
    public OutreachChannel channel;

    @Column(name = "approached_on")
    public LocalDate approachedOn;

    @Enumerated(EnumType.STRING)
    public OutreachResult result;

    @Column(name = "decline_reason")
    public String declineReason;

    public String broker;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
