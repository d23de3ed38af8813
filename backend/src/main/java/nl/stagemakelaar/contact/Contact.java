package nl.stagemakelaar.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One contact moment of the broker about a student: the report's unit of guidance effort. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @Column(name = "student_id", updatable = false)
    public UUID studentId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    public ContactChannel channel;

    @Enumerated(EnumType.STRING)
    public ContactParty party;

    public int minutes;

    /** The employer the contact was with (party EMPLOYER); feeds the network's relation health. */
    @Column(name = "employer_id")
    public UUID employerId;

    public String summary;

    public boolean confidential;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    @Column(name = "follow_up_done")
    public boolean followUpDone;

    @Column(updatable = false)
    public String author;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
