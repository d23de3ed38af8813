package nl.stagemakelaar.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One changed setting: append-only, the history a lead reads back. */
@Entity
public class SettingChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID organisationId;

    public OffsetDateTime changedAt;

    public String changedBy;

    /** Which setting, e.g. "noContactDays", "checklist:<question id>", "capacity:<username>". */
    public String setting;

    public String oldValue;

    public String newValue;
}
