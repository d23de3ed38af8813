package nl.stagemakelaar.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** One contact moment of the broker about a student: the report's unit of guidance effort. */
@Entity
public class Contact extends TenantEntity {

    /** Null for a contact with an employer about the relation itself. */
    @Column(updatable = false)
    public UUID studentId;

    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    public ContactChannel channel;

    @Enumerated(EnumType.STRING)
    public ContactParty party;

    public int minutes;

    /** The employer the contact was with (party EMPLOYER); feeds the network's relation health. */
    public UUID employerId;

    public String summary;

    public boolean confidential;

    @Enumerated(EnumType.STRING)
    public ContactOutcome outcome = ContactOutcome.REACHED;

    public LocalDate followUpOn;

    public boolean followUpDone;

    @Column(updatable = false)
    public String author;

    @Column(updatable = false)
    public OffsetDateTime createdAt;
}
