package nl.stagemakelaar.kit;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The kit by e-mail: the broker's text with the link, and the documents attached when they fit in one mail. */
@ApplicationScoped
public class KitMail {

    /** Many mailboxes refuse a message past 20 MB; above this the link alone carries the documents. */
    static final int MAX_ATTACHED_BYTES = 15 * 1024 * 1024;

    @Inject Mailer mailer;

    public void send(String to, String organisation, String text, List<KitDocument> documents) {
        Mail mail = Mail.withText(to, "Je startpakket van " + organisation, text);
        if (documents.stream().mapToLong(d -> d.sizeBytes).sum() <= MAX_ATTACHED_BYTES) {
            documents.forEach(d -> mail.addAttachment(d.fileName, d.content, d.contentType));
        }
        mailer.send(mail);
    }
}
