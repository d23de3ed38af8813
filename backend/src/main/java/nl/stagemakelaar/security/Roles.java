package nl.stagemakelaar.security;

/** Realm roles from Keycloak (realm_access/roles in the access token). */
public final class Roles {

    public static final String BROKER = "broker";
    public static final String LEAD = "lead";
    public static final String MENTOR = "mentor";
    public static final String EMPLOYER = "employer";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
