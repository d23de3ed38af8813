package nl.stagemakelaar.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A broker or lead of an organisation, as last seen signing in. Keycloak remains the identity source. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "organisation_id")
        public UUID organisationId;

        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, username);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "display_name")
    public String displayName;

    public String role;

    public String email;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
}
