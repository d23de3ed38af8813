package nl.stagemakelaar.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** An ROC / mbo school whose mentors refer students. */
@Entity
public class School extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String city;
}
