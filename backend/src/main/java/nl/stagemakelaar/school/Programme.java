package nl.stagemakelaar.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** A vocational programme (opleiding) from the national catalogue, identified by crebo code and pathway. */
@Entity
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String creboCode;

    public int level;

    @Enumerated(EnumType.STRING)
    public Pathway pathway;
}
