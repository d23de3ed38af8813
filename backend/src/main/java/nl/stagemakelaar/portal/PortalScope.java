package nl.stagemakelaar.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.invitation.InvitationService;
import nl.stagemakelaar.security.Caller;

/**
 * The employer a portal user speaks for: the token's employer_id, never a request field. A revoked
 * account is refused here too, so an access token issued before the revocation stops working at once.
 */
@RequestScoped
public class PortalScope {

    @Inject EmployerRepository employers;
    @Inject Caller caller;
    @Inject InvitationService invitations;

    private Employer employer;

    public Employer employer() {
        if (employer == null) {
            UUID id = caller.employerIdIfAny()
                    .orElseThrow(() -> ApiException.forbidden("Your account is not linked to an employer"));
            if (invitations.isRevoked(caller.subject())) {
                throw ApiException.forbidden("Your access to the employer portal was revoked");
            }
            employer = employers.findByIdOptional(id)
                    .orElseThrow(() -> ApiException.forbidden("Your account is not linked to an employer"));
        }
        return employer;
    }
}
