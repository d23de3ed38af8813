package nl.stagemakelaar.place;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.school.Programme;

@Entity
@Table(name = "internship_place")
public class InternshipPlace extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public String sector;

    @Column(name = "level_min")
    public int levelMin = 1;

    @Column(name = "level_max")
    public int levelMax = 4;

    public int places = 1;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    public String city;

    @Enumerated(EnumType.STRING)
    public PlaceSource source = PlaceSource.OWN_NETWORK;

    @Enumerated(EnumType.STRING)
    public PlaceStatus status = PlaceStatus.OPEN;

    @Version
    public int version;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
