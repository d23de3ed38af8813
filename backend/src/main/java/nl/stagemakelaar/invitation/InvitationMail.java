package nl.stagemakelaar.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The invitation e-mail (Dutch: it goes to Dutch employers). Captured instead of sent in dev and tests. */
@ApplicationScoped
public class InvitationMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject Mailer mailer;

    public void send(EmployerInvitation i, String link, String invitedBy) {
        String text = """
                Beste %s,

                %s nodigt je uit voor het werkgeversportaal van Stagemakelaar voor %s. Daar zie je de
                stagiairs die we voorstellen, je stagiairs en je stageplaatsen, en meld je snel aan ons hoe het gaat.

                Kies je wachtwoord via deze link (geldig tot %s):
                %s

                Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.
                """.formatted(i.firstName, invitedBy, i.employer.name, DATE.format(i.expiresAt), link);
        mailer.send(Mail.withText(i.email, "Uitnodiging werkgeversportaal Stagemakelaar", text));
    }
}
