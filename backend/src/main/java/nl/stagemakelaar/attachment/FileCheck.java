package nl.stagemakelaar.attachment;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Problem;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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

    /** An uploaded file that passed the checks: its bytes, what it really is, and a name safe to send back. */
    public record Accepted(byte[] content, String contentType, String fileName) {
    }

    /**
     * The multipart field {@code file} read and checked: present, at most {@code maxMegabytes}, not empty, a real PDF
     * or DOCX. Each refusal names the field: 400, 413 (too large) or 415 (another kind of file).
     */
    public static Accepted accept(FileUpload file, int maxMegabytes) {
        if (file == null) {
            throw ApiException.invalidField("file", "NotNull", "send the file as multipart field 'file'");
        }
        if (file.size() > maxMegabytes * 1024L * 1024L) {
            throw new ApiException(413, "too-large", "A file may be at most " + maxMegabytes + " MB",
                    List.of(new Problem.FieldError("file", "Size", "file is larger than " + maxMegabytes + " MB")));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw ApiException.invalidField("file", "NotEmpty", "file is empty");
        }
        String type = detect(file.fileName(), content);
        if (type == null) {
            throw new ApiException(415, "unsupported-file", "Only PDF and Word (.docx) files are accepted",
                    List.of(new Problem.FieldError("file", "FileType", "file is not a PDF or DOCX document")));
        }
        return new Accepted(content, type, safeName(file.fileName()));
    }

    /** The HTTP answer for a download: as an attachment, never sniffed or cached. */
    public static Response download(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
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
