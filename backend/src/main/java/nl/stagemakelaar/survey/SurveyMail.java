package nl.stagemakelaar.survey;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The self-assessment link by e-mail, in plain Dutch (B1) like the page it opens. Captured instead of sent in dev and tests. */
@ApplicationScoped
public class SurveyMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject Mailer mailer;

    public void send(String to, String firstName, String organisation, String broker, SurveyMoment moment, String link,
            OffsetDateTime expiresAt) {
        String why = moment == SurveyMoment.BEFORE
                ? "Zo weten we hoe het nu met je gaat. Dan kunnen we je beter helpen."
                : "Je stage is klaar. We willen graag weten hoe het nu met je gaat en wat je van onze hulp vond.";
        String text = """
                Hoi %s,

                Wil je een korte vragenlijst invullen? Het duurt ongeveer 5 minuten.
                Er zijn geen goede of foute antwoorden. %s

                Klik op deze link om te beginnen (de link werkt tot %s):
                %s

                De link is alleen voor jou. Stuur hem niet door.
                Vragen? Stuur een bericht terug of bel me.

                Groeten,
                %s
                %s
                """.formatted(firstName, why, DATE.format(expiresAt), link, broker, organisation);
        mailer.send(Mail.withText(to, "Korte vragenlijst van " + organisation, text));
    }
}
