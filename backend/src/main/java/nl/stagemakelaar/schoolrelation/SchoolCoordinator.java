package nl.stagemakelaar.schoolrelation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.stagemakelaar.common.TenantEntity;

/** A placement coordinator (BPV-coördinator) or other contact person at the school. */
@Entity
public class SchoolCoordinator extends TenantEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SchoolRelation relation;

    public int position;
    public String name;
    public String role;
    public String email;
    public String phone;
}
