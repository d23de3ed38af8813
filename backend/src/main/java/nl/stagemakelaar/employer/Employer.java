package nl.stagemakelaar.employer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A training company in one broker organisation's network. */
@Entity
@Table(name = "employer")
public class Employer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    public String name;

    /** Chamber of Commerce number, 8 digits, unique within the organisation's network. */
    @Column(name = "kvk_number")
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
    @Column(name = "sbb_status")
    public SbbStatus sbbStatus = SbbStatus.UNKNOWN;

    @Column(name = "sbb_number")
    public String sbbNumber;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "support_openness")
    public SupportOpenness supportOpenness = SupportOpenness.UNKNOWN;

    @Column(name = "support_note")
    public String supportNote;

    @Column(name = "vog_required")
    public boolean vogRequired;

    /** Username of the broker who owns the relation. */
    @Column(name = "owner_broker")
    public String ownerBroker;

    /** How often the relation wants a visit, e.g. every 14 days for close relations. */
    @Column(name = "visit_every_days")
    public Integer visitEveryDays;

    @Column(name = "search_name", insertable = false, updatable = false)
    public String searchName;

    @OneToMany(mappedBy = "employer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ContactPerson> contactPersons = new ArrayList<>();

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
