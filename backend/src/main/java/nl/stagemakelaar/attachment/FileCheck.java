package nl.stagemakelaar.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what a file is from its content, not from its name or the browser's content type: a PDF starts
 * with "%PDF-"; a DOCX is a ZIP holding [Content_Types].xml and word/document.xml. Anything else — a
 * renamed executable, an old .doc, a ZIP — is refused. The name's extension must agree with the content.
 */
public final class FileCheck {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private FileCheck() {
    }

    /** The content type, or null when the file is neither a real PDF nor a real DOCX named as such. */
    public static String detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && startsWith(content, "%PDF-")) {
            return PDF;
        }
        if (name.endsWith(".docx") && startsWith(content, "PK\u0003\u0004") && isWordDocument(content)) {
            return DOCX;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordDocument(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            // A real DOCX has a few dozen entries; stop early on anything that looks like a zip bomb.
            for (int n = 0; (e = zip.getNextEntry()) != null && n < 1000; n++) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml");
    }

    /** A file name safe for a Content-Disposition header. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "bestand" : fileName.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
