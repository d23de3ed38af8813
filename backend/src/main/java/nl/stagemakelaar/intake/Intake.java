package nl.stagemakelaar.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The intake and needs assessment: sensitive, for the organisation's brokers and leads only. */
@Entity
public class Intake extends PanacheEntityBase {

    @Id
    public UUID studentId;

    @Column(updatable = false)
    public UUID organisationId;

    public String alreadyDone;

    /** Comma-separated {@link Need} names; read and written through {@link #needs()}. */
    @Column(name = "needs")
    String needsCsv = "";

    public String needsNote;

    public String strengths;

    public String preferredSectors;

    public String preferredWork;

    public String homeCity;

    public Integer maxTravelMinutes;

    public String availability;

    public Integer requiredHours;

    @Version
    public int version;

    public OffsetDateTime updatedAt;

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
