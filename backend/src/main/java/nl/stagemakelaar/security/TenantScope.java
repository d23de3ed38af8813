package nl.stagemakelaar.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Which organisations' rows this request may see in the database — the second wall behind every query's own
 * filter (row-level security, V17). Read by {@link TenantSession} whenever the request takes a connection.
 * <ul>
 * <li>Work outside an HTTP request (start-up, demo data, jobs) sees every organisation.</li>
 * <li>A request with a token sees what the token names: its organisation, the organisations serving its
 *     school, or its employer's organisation.</li>
 * <li>A request without a token sees nothing, until a public link page has verified its token.</li>
 * </ul>
 */
@RequestScoped
public class TenantScope {

    /** The scope handed to the database: see app_enter in V17. */
    public record Entry(boolean all, UUID organisation, UUID school, UUID employer, String actor, String role) {
        static final Entry SYSTEM = new Entry(true, null, null, null, "system", null);
    }

    @Inject Caller caller;
    @Inject EntityManager em;

    private boolean http;
    private boolean linkLookup;
    private UUID linkOrganisation;
    private String linkActor;

    /** Called for every API request before it reaches a resource. */
    public void markHttpRequest() {
        http = true;
    }

    /** A public link's token is looked up across organisations: the unguessable token is the proof. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lookUpLink() {
        linkLookup = true;
        apply();
    }

    /** The link was found: from here on only its organisation, and the trail names who used it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void narrowToLink(UUID organisation, String actor) {
        linkOrganisation = organisation;
        linkActor = actor;
        apply();
    }

    Entry entry() {
        if (!http) {
            return Entry.SYSTEM;
        }
        if (linkOrganisation != null) {
            return new Entry(false, linkOrganisation, null, null, linkActor, null);
        }
        if (linkLookup) {
            return new Entry(true, null, null, null, "link", null);
        }
        if (caller.isAnonymous()) {
            return new Entry(false, null, null, null, "anonymous", null);
        }
        return new Entry(false, caller.organisationIdIfAny().orElse(null), caller.schoolIdIfAny().orElse(null),
                caller.employerIdIfAny().orElse(null), caller.username(), caller.mainRole());
    }

    /** The transaction may already hold its connection: set the scope on it now. */
    private void apply() {
        Entry e = entry();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> TenantSession.enter(connection, e));
    }
}
