package nl.stagemakelaar.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A file is what its content says; a DOCX that unpacks far beyond its size is refused. Plain JUnit. */
class FileCheckTest {

    static byte[] docx(int zeroMegabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes());
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < zeroMegabytes; i++) {
                zip.write(mb);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aSmallRealDocxPassesAndABombDoesNot() throws IOException {
        assertEquals(FileCheck.DOCX, FileCheck.detect("brief.docx", docx(0)));
        assertNull(FileCheck.detect("brief.docx", docx(60)), "60 MB of zeros in a few kB");
        assertNull(FileCheck.detect("brief.pdf", docx(0)), "the name must agree with the content");
        assertEquals(FileCheck.PDF, FileCheck.detect("cv.PDF", "%PDF-1.7\n%%EOF".getBytes()));
        assertNull(FileCheck.detect("cv.pdf", "MZ\u0090\u0000".getBytes()));
    }
}
