package nl.stagemakelaar.schoolrelation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.AuditedEntity;

/** What an organisation agreed with a school it serves, and who the school's placement coordinators are. */
@Entity
public class SchoolRelation extends AuditedEntity {

    @Column(updatable = false)
    public UUID schoolId;

    public String agreements;

    @OneToMany(mappedBy = "relation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SchoolCoordinator> coordinators = new ArrayList<>();
}
