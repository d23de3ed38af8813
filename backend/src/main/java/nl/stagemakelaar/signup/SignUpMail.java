package nl.stagemakelaar.signup;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The confirmation link, in plain Dutch (B1) like the page. */
@ApplicationScoped
public class SignUpMail {

    @Inject Mailer mailer;

    public void send(String to, String firstName, String organisation, String link) {
        String text = """
                Hoi %s,

                Je wilt je aanmelden bij %s voor hulp bij het vinden van een stage.
                Klik op deze link om je aanmelding te bevestigen (de link werkt 2 dagen):
                %s

                Pas als je op de link klikt, krijgen wij je gegevens.
                Heb jij je niet aangemeld? Dan hoef je niets te doen.

                Groeten,
                %s
                """.formatted(firstName, organisation, link, organisation);
        mailer.send(Mail.withText(to, "Bevestig je aanmelding bij " + organisation, text));
    }
}
