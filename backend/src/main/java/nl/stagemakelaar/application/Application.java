package nl.stagemakelaar.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.common.AuditedEntity;
import nl.stagemakelaar.place.InternshipPlace;

/**
 * A vacancy the broker sent the student, or an application the student sent on their own, with its result. The
 * employer's name and the title are kept as they were (a place in the network may change or close later).
 */
@Entity
public class Application extends AuditedEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ApplicationOrigin origin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(updatable = false)
    public InternshipPlace place;

    public String employerName;

    public String title;

    public String url;

    @Enumerated(EnumType.STRING)
    public ApplicationChannel channel;

    public LocalDate onDate;

    @Enumerated(EnumType.STRING)
    public ApplicationResult result;

    public String note;

    /** The internship it led to (then the result is HIRED). */
    public UUID placementId;
}
