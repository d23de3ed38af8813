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

    /** A real CV unpacks to a few MB at most; a file that unpacks past this is refused as a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    /** Text compresses about tenfold; far beyond that is no document. */
    static final long MAX_RATIO = 100;

    /**
     * Reads every entry through, counting what it unpacks to, and stops as soon as the total passes the
     * budget: the declared sizes in a ZIP can lie, so only the bytes actually inflated count.
     */
    private static boolean isWordDocument(byte[] content) {
        Set<String> names = new HashSet<>();
        long budget = Math.min(MAX_UNPACKED_BYTES, Math.max(1L, content.length) * MAX_RATIO);
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            for (int n = 0; (e = zip.getNextEntry()) != null; n++) {
                if (n >= 1000) {
                    return false;
                }
                names.add(e.getName());
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    unpacked += read;
                    if (unpacked > budget) {
                        return false;
                    }
                }
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
