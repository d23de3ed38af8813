package nl.stagemakelaar.kit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template's placeholders: Dutch words, since brokers type them; checked when saved, filled in when sent. */
public final class KitText {

    public static final String FIRST_NAME = "{voornaam}";
    public static final String BROKER = "{begeleider}";
    public static final String ORGANISATION = "{organisatie}";
    public static final String LINK = "{link}";
    public static final String VALID_UNTIL = "{geldig_tot}";
    public static final List<String> PLACEHOLDERS = List.of(FIRST_NAME, BROKER, ORGANISATION, LINK, VALID_UNTIL);

    /** The text when the organisation has no template of its own: plain Dutch (B1). */
    static final String STANDARD = """
            Hoi {voornaam},

            Fijn dat je je hebt aangemeld bij {organisatie}. Hier vind je de documenten om je voor te bereiden op je stage:
            {link}

            Kijk ze rustig door voor ons volgende gesprek. De link werkt tot {geldig_tot} en is alleen voor jou.

            Groeten,
            {begeleider}
            {organisatie}""";

    private static final Pattern BRACED = Pattern.compile("\\{[^{}\\s]{0,40}}");

    private KitText() {
    }

    /** Placeholders in the text that are not one of ours, in order. */
    static Set<String> unknown(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = BRACED.matcher(body);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /**
     * Fills in the placeholders in one pass (a name that looks like a placeholder stays as typed); a text without
     * {link} gets the link at the end, since the kit is behind it.
     */
    static String render(String body, Map<String, String> values) {
        String text = BRACED.matcher(body).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group())));
        return body.contains(LINK) ? text : text.stripTrailing() + "\n\n" + values.get(LINK);
    }
}
