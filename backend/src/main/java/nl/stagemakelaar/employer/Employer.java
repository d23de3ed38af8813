package nl.stagemakelaar.employer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import nl.stagemakelaar.common.AuditedEntity;

/** A training company in one broker organisation's network. */
@Entity
public class Employer extends AuditedEntity {

    public String name;

    /** Chamber of Commerce number, 8 digits, unique within the organisation's network. */
    public String kvkNumber;

    public String city;
    public String website;
    public String email;
    public String phone;

    /** The employer's own words about the company (editable in the employer portal). */
    public String description;

    /** Comma-separated sectors, e.g. "retail,horeca". */
    public String sectors;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public EmployerSize size;

    public String street;

    public String postcode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public SbbStatus sbbStatus = SbbStatus.UNKNOWN;

    public String sbbNumber;

    /** When a broker last checked the status and number with SBB; a year later the check is due again. */
    public java.time.LocalDate sbbCheckedOn;

    /** The recognition was checked more than a year ago, or never although a status was recorded. */
    public boolean sbbCheckDue() {
        return sbbStatus != SbbStatus.UNKNOWN
                && (sbbCheckedOn == null || sbbCheckedOn.isBefore(java.time.LocalDate.now().minusYears(1)));
    }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public SupportOpenness supportOpenness = SupportOpenness.UNKNOWN;

    public String supportNote;

    public boolean vogRequired;

    /** Username of the broker who owns the relation. */
    public String ownerBroker;

    /** How often the relation wants a visit, e.g. every 14 days for close relations. */
    public Integer visitEveryDays;

    @Column(insertable = false, updatable = false)
    public String searchName;

    /** The last contact or outreach; written by {@link EmployerService#contacted} only, never by an entity flush. */
    @Column(insertable = false, updatable = false)
    public java.time.OffsetDateTime lastContactAt;

    @OneToMany(mappedBy = "employer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ContactPerson> contactPersons = new ArrayList<>();
}
