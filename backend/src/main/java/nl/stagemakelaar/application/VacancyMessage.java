package nl.stagemakelaar.application;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagemakelaar.place.InternshipPlace;

/** The vacancy as the student reads it, in plain Dutch (B1): one text for the e-mail and for a message to copy. */
@ApplicationScoped
public class VacancyMessage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("nl"));

    @Inject Mailer mailer;

    public String text(String firstName, Application a, String broker, String organisation) {
        List<String> facts = new ArrayList<>();
        InternshipPlace p = a.place;
        if (p != null) {
            if (p.city != null) {
                facts.add("in " + p.city);
            }
            if (p.hoursPerWeek != null) {
                facts.add(p.hoursPerWeek + " uur per week");
            }
            if (p.startDate != null) {
                facts.add("start " + DATE.format(p.startDate));
            }
        }
        return """
                Hoi %s,

                Ik zag een stageplek die bij je past:
                %s bij %s%s
                %s
                Lijkt het je wat? Laat het me weten. Dan helpen we je met je sollicitatie.

                Groeten,
                %s
                %s
                """.formatted(firstName, a.title, a.employerName, facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")",
                a.url == null ? "" : a.url + "\n", broker, organisation);
    }

    public void send(String to, String organisation, String text) {
        mailer.send(Mail.withText(to, "Een stageplek voor jou, van " + organisation, text));
    }
}
