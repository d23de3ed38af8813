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

    /** Towns the student can travel to, comma-separated; see {@link #reachTowns()}. */
    public String reachTowns;

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

    public java.util.List<String> reachTowns() {
        return reachTowns == null ? java.util.List.of()
                : Arrays.stream(reachTowns.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Kept in the order given, without blanks or repeats (case-insensitive). */
    public void reachTowns(java.util.List<String> towns) {
        var seen = new java.util.LinkedHashMap<String, String>();
        towns.stream().map(String::trim).filter(t -> !t.isEmpty())
                .forEach(t -> seen.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), t));
        reachTowns = seen.isEmpty() ? null : String.join(",", seen.values());
    }
}
