package nl.stagemakelaar.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The intake and needs assessment: sensitive, for the organisation's brokers and leads only. */
@Entity
@Table(name = "intake")
public class Intake extends PanacheEntityBase {

    @Id
    @Column(name = "student_id")
    public UUID studentId;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @Column(name = "already_done")
    public String alreadyDone;

    /** Comma-separated {@link Need} names; read and written through {@link #needs()}. */
    @Column(name = "needs")
    String needsCsv = "";

    @Column(name = "needs_note")
    public String needsNote;

    public String strengths;

    @Column(name = "preferred_sectors")
    public String preferredSectors;

    @Column(name = "preferred_work")
    public String preferredWork;

    @Column(name = "home_city")
    public String homeCity;

    @Column(name = "max_travel_minutes")
    public Integer maxTravelMinutes;

    public String availability;

    @Column(name = "required_hours")
    public Integer requiredHours;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public Set<Need> needs() {
        return needsCsv.isEmpty() ? EnumSet.noneOf(Need.class)
                : Arrays.stream(needsCsv.split(",")).map(Need::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Need.class)));
    }

    public void needs(Set<Need> needs) {
        needsCsv = needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
