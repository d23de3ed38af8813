package nl.stagemakelaar.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.school.School;

/** A broker desk: the tenant that owns students, employers and everything after them. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    public GuidanceIntensity defaultGuidanceIntensity;

    public int capacityHoursPerWeek;

    /** "No contact in N days" on the dashboard. */
    public int noContactDays = 14;

    /** When set, a new contact suggests a follow-up this many days ahead. */
    public Integer followUpDays;

    /** The cadence of check-ins on a running internship, in days, per guidance intensity. */
    public int intensiveEmployerDays = 14;

    public int intensiveStudentDays = 7;

    public int placementOnlyFirstDays = 7;

    /** Placement-only: one check-in this many days before the planned end. */
    public int placementOnlyEndDays = 14;

    /** What an hour of a broker costs, for the cost per student and per outcome in the programme report. */
    public java.math.BigDecimal hourlyCost;

    /** Months after closing before a case is anonymised automatically. */
    public int retentionMonths;

    /** Failed attempts in a row to reach a student (no answer, no-show) before the case is "out of contact". */
    public int outOfContactAttempts = 3;

    /** Students may sign up themselves on the public page. */
    public boolean selfSignUp;

    /** What the public page tells a student who does not qualify: where else to go. */
    public String notEligibleText;

    @Version
    public int version;

    /** The schools this organisation serves; a municipal desk serves several. */
    @ManyToMany
    @JoinTable(name = "organisation_school", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    public Set<School> schools;
}
