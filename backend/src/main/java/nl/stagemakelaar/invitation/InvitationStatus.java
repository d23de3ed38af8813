package nl.stagemakelaar.invitation;

/** INVITED until the person sets a password through the link; REVOKED users are disabled in Keycloak. */
public enum InvitationStatus {
    INVITED,
    ACTIVE,
    REVOKED
}
