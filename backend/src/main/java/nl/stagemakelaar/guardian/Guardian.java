package nl.stagemakelaar.guardian;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import nl.stagemakelaar.common.AuditedEntity;

/** A parent, guardian or carer of a student, and whether the broker may contact them. Brokers and leads only. */
@Entity
public class Guardian extends AuditedEntity {

    @Column(updatable = false)
    public UUID studentId;

    public String name;

    @Enumerated(EnumType.STRING)
    public GuardianRelation relation;

    public String phone;

    public String email;

    public boolean mayContact;

    public String note;
}
