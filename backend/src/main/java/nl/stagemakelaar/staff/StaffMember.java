package nl.stagemakelaar.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A broker or lead of an organisation, as last seen signing in. Keycloak remains the identity source. */
@Entity
public class StaffMember extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

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

    public String displayName;

    public String role;

    public String email;

    public OffsetDateTime lastSeenAt;

    /** Capacity the lead set: hours a week, and/or a maximum of active cases. */
    public Integer hoursPerWeek;

    public Integer maxActiveCases;
}
