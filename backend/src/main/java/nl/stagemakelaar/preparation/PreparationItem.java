package nl.stagemakelaar.preparation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One item of a student's preparation checklist; a missing row means OPEN. */
@Entity
public class PreparationItem extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        public UUID studentId;

        @Enumerated(EnumType.STRING)
        public PreparationItemType item;

        public Key() {
        }

        public Key(UUID studentId, PreparationItemType item) {
            this.studentId = studentId;
            this.item = item;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(studentId, k.studentId) && item == k.item;
        }

        @Override
        public int hashCode() {
            return Objects.hash(studentId, item);
        }
    }

    @EmbeddedId
    public Key key;

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public PreparationStatus status;

    public OffsetDateTime changedAt;

    public String changedBy;
}
