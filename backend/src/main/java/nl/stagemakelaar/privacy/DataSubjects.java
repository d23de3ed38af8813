package nl.stagemakelaar.privacy;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.stagemakelaar.attachment.Attachment;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;

/**
 * Requests of a student (or their guardian) about their own data: everything held, as one download; and
 * erasure, which keeps only anonymous facts so the programme's figures stay right.
 */
@ApplicationScoped
public class DataSubjects {

    /** Rows about a student that hang off another of its rows rather than carrying its id. */
    static final Map<String, String> INDIRECT = Map.of(
            "check_in", "placement_id in (select id from placement where student_id = :s)",
            "intervention", "placement_id in (select id from placement where student_id = :s)",
            "survey_answer", "response_id in (select id from survey_response where student_id = :s)",
            "referral_eligibility_answer", "referral_id in (select id from referral where student_id = :s)");

    /** Secrets and derived columns: not data about the student. */
    static final String LEFT_OUT = " - 'token_hash' - 'search_name' - 'search_text' - 'content' - 'before_value'";

    static final String ERASED_FIRST_NAME = "Geanonimiseerd";
    static final String ERASED_LAST_NAME = "(AVG)";
    static final String ERASED_TEXT = "—";

    @Inject EntityManager em;
    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject AuditLog audit;

    /** A zip: student.json (every table's rows about the student, the audit trail included) and the files. */
    @Transactional
    public byte[] export(UUID studentId) {
        Student s = student(studentId);
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("student", json("select (to_jsonb(t)" + LEFT_OUT + ")::text from student t where id = :s", s.id));
        for (String table : tablesWithStudentId()) {
            tables.put(table, rows(table, "student_id = :s", s.id));
        }
        INDIRECT.forEach((table, where) -> tables.put(table, rows(table, where, s.id)));
        audit.read(s.organisationId, "student_export", s.id, s.id);
        String json = "{\"exportedAt\":\"" + OffsetDateTime.now() + "\",\"exportedBy\":\"" + caller.username()
                + "\",\"tables\":{" + String.join(",", tables.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).toList()) + "}}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("student.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            for (Attachment a : Attachment.<Attachment>list("studentId = ?1 order by uploadedAt", s.id)) {
                zip.putNextEntry(new ZipEntry("files/" + a.id + "-" + a.fileName.replaceAll("[\\\\/:*?\"<>|]", "_")));
                zip.write(a.content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Erasure on request: refused while an internship is agreed or running; the student's version in If-Match. */
    @Transactional
    public void erase(UUID studentId, String ifMatch) {
        Student s = student(studentId);
        Etags.require(ifMatch, s.version);
        if (s.erasedAt != null) {
            throw new ApiException(409, "already-erased", "This student's personal data was already erased", List.of());
        }
        long active = em.createQuery("select count(p) from Placement p where p.student.id = :s and p.status in :active",
                Long.class).setParameter("s", s.id)
                .setParameter("active", List.of(PlacementStatus.ACCEPTED, PlacementStatus.ACTIVE)).getSingleResult();
        if (active > 0) {
            throw new ApiException(409, "placement-active", "An internship is agreed or running for this student: "
                    + "end it first, then erase the data", List.of());
        }
        anonymise(s.id);
    }

    /**
     * Removes every personal detail and free text about the student and deletes files, guardians and the intake;
     * keeps phases, dates, outcomes, minutes and survey scores, which carry no name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(UUID id) {
        List.of(
                "update student set first_name = :first, last_name = :last, email = null, phone = null, school_number = null,"
                        + " date_of_birth = make_date(extract(year from date_of_birth)::int, 1, 1), erased_at = now(),"
                        + " version = version + 1 where id = :s",
                "update referral set student_first_name = :first, student_last_name = :last, student_email = null,"
                        + " student_phone = null, student_date_of_birth = make_date(extract(year from student_date_of_birth)::int, 1, 1),"
                        + " reason_other = null, school_actions = null, student_tried = null, school_answer = null, decision_reason = null"
                        + " where student_id = :s",
                "update contact set summary = null where student_id = :s",
                "update placement set profile = null, strengths = null, support_to_mention = null, end_note = null,"
                        + " decline_reason = null, evaluation = null, withdraw_reason = null, cv_attachment_id = null"
                        + " where student_id = :s",
                "update check_in set note = null where " + INDIRECT.get("check_in"),
                "update intervention set agreement = :text, with_whom = :text, outcome_note = null where "
                        + INDIRECT.get("intervention"),
                "update outreach set decline_reason = null where student_id = :s",
                "update application set note = null where student_id = :s",
                "update kit_send set expires_at = least(expires_at, now()) where student_id = :s",
                "update hand_off set to_name = :text, reason = :text where student_id = :s",
                "update case_closure set reason = :text, reopen_reason = case when reopened_at is not null then :text end"
                        + " where student_id = :s",
                "update consent set withdrawal_note = null where student_id = :s",
                "update timeline_entry set detail = null, reason = null where student_id = :s",
                "delete from guardian where student_id = :s",
                "delete from intake where student_id = :s",
                "delete from attachment where student_id = :s")
                .forEach(sql -> bind(em.createNativeQuery(sql), sql, id).executeUpdate());
        Log.infof("privacy: erased the personal data of student %s", id);
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, String sql, UUID id) {
        q.setParameter("s", id);
        if (sql.contains(":first")) {
            q.setParameter("first", ERASED_FIRST_NAME).setParameter("last", ERASED_LAST_NAME);
        }
        if (sql.contains(":text")) {
            q.setParameter("text", ERASED_TEXT);
        }
        return q;
    }

    /** Every table with a student_id column, found in the catalogue so a new one cannot be left out. */
    @SuppressWarnings("unchecked")
    private List<String> tablesWithStudentId() {
        return em.createNativeQuery("select c.table_name from information_schema.columns c join information_schema.tables t"
                + " using (table_schema, table_name) where c.table_schema = 'public' and c.column_name = 'student_id'"
                + " and t.table_type = 'BASE TABLE' order by 1").getResultList();
    }

    private String rows(String table, String where, UUID id) {
        return json("select coalesce(jsonb_agg(to_jsonb(t)" + LEFT_OUT + "), '[]'::jsonb)::text from \"" + table
                + "\" t where " + where, id);
    }

    private String json(String sql, UUID id) {
        return (String) em.createNativeQuery(sql).setParameter("s", id).getSingleResult();
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
