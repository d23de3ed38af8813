package nl.stagemakelaar.kit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Which library documents one send holds (read in queries; written with the send). */
@Entity
@Table(name = "kit_send_document")
@IdClass(KitSendDocumentRow.Key.class)
public class KitSendDocumentRow extends PanacheEntityBase {

    public static class Key implements Serializable {

        public UUID sendId;
        public UUID documentId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sendId, k.sendId) && Objects.equals(documentId, k.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sendId, documentId);
        }
    }

    @Id
    public UUID sendId;

    @Id
    public UUID documentId;

    public UUID organisationId;
}
