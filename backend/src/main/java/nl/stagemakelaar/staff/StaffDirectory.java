package nl.stagemakelaar.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;

/** Keeps the directory of brokers and leads current: each sign-in (GET /me) records the caller. */
@ApplicationScoped
public class StaffDirectory {

    @Inject EntityManager em;
    @Inject Caller caller;

    @Transactional
    public void recordCaller() {
        var org = caller.organisationIdIfAny();
        String role = caller.hasRole(Roles.LEAD) ? "LEAD" : caller.hasRole(Roles.BROKER) ? "BROKER" : null;
        if (org.isEmpty() || role == null) {
            return;
        }
        em.createNativeQuery("insert into staff_member (organisation_id, username, display_name, role, email, last_seen_at) "
                        + "select :org, :username, :name, :role, :email, now() where exists (select 1 from organisation where id = :org) "
                        + "on conflict (organisation_id, username) do update set display_name = excluded.display_name, "
                        + "role = excluded.role, email = excluded.email, last_seen_at = excluded.last_seen_at")
                .setParameter("org", org.get()).setParameter("username", caller.username())
                .setParameter("name", caller.displayName()).setParameter("role", role)
                .setParameter("email", caller.email())
                .executeUpdate();
    }

    public List<StaffMember> brokers(UUID organisationId) {
        return StaffMember.list("key.organisationId = ?1 and role = 'BROKER' order by displayName", organisationId);
    }

    /** The organisation's staff by username, in one query (an organisation has a handful). */
    public java.util.Map<String, StaffMember> byUsername(UUID organisationId) {
        return StaffMember.<StaffMember>list("key.organisationId", organisationId).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.key.username, m -> m));
    }

    /** All brokers and leads of the organisation, by name. */
    public List<StaffMember> all(UUID organisationId) {
        return StaffMember.list("key.organisationId = ?1 order by displayName", organisationId);
    }

    /** The lead sets a broker's capacity; the member must be known to the organisation (signed in once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<StaffMember> setCapacity(UUID organisationId, String username, Integer hoursPerWeek,
            Integer maxActiveCases) {
        java.util.Optional<StaffMember> m = StaffMember.findByIdOptional(key(organisationId, username));
        m.ifPresent(s -> {
            s.hoursPerWeek = hoursPerWeek;
            s.maxActiveCases = maxActiveCases;
        });
        return m;
    }

    /** How a person is shown: their name as last seen signing in, the login for anyone else. */
    public String nameOf(UUID organisationId, String username) {
        if (username == null) {
            return null;
        }
        StaffMember m = StaffMember.findById(key(organisationId, username));
        return m == null ? username : m.displayName;
    }

    private static StaffMember.Key key(UUID organisationId, String username) {
        StaffMember.Key k = new StaffMember.Key();
        k.organisationId = organisationId;
        k.username = username;
        return k;
    }

    public boolean isBroker(UUID organisationId, String username) {
        return StaffMember.count("key.organisationId = ?1 and key.username = ?2 and role = 'BROKER'",
                organisationId, username) > 0;
    }
}
