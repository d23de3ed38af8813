package nl.stagemakelaar.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stagemakelaar.common.ApiException;

/**
 * Reads an import file into rows of column → text: CSV (UTF-8, a header row, {@code ;} or {@code ,}) or a JSON array of
 * objects. What makes the whole file unreadable is a 400 on {@code file} (or the column); what is wrong in one row is
 * reported on that row and the others go on.
 */
public final class ImportFile {

    public static final int MAX_ROWS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private ImportFile() {
    }

    /**
     * @param columns the columns this import knows, as written in the header (matched ignoring case and spaces)
     * @param required the columns the header must have
     */
    public static List<ImportRow> read(byte[] body, String contentType, List<String> columns, List<String> required,
            ImportRun run) {
        // A JSON row names its own fields; a missing required one is reported on the row by the import.
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String charset = type.replaceAll("(?s).*charset\\s*=\\s*\"?([^\";]+).*", "$1").trim();
        if (type.contains("charset") && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw ApiException.invalidField("file", "Encoding", "send the file as UTF-8, not " + charset);
        }
        String text = utf8(body);
        if (text.isBlank()) {
            throw ApiException.invalidField("file", "Empty", "the file has no rows");
        }
        List<ImportRow> rows = type.startsWith("application/json") ? json(text, columns, run) : csv(text, columns, required);
        if (rows.isEmpty()) {
            throw ApiException.invalidField("file", "Empty", "the file has no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiException.invalidField("file", "TooManyRows",
                    "at most " + MAX_ROWS + " rows per file; this one has " + rows.size() + ": split it");
        }
        return rows;
    }

    /** Strict: a file saved as Windows-1252 (Excel's plain "CSV") is refused instead of importing garbled names. */
    static String utf8(byte[] body) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s; // Excel's "CSV UTF-8" starts with a byte order mark
        } catch (CharacterCodingException e) {
            throw ApiException.invalidField("file", "Encoding",
                    "the file is not UTF-8; in Excel save it as \"CSV UTF-8\", in LibreOffice choose the character set UTF-8");
        }
    }

    private static List<ImportRow> csv(String text, List<String> columns, List<String> required) {
        char separator = separator(text);
        List<ImportRow> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            if (!it.hasNext()) {
                throw ApiException.invalidField("file", "Empty", "the file has no rows");
            }
            List<String> header = header(it.next(), columns, required);
            java.util.Set<String> present = java.util.Set.copyOf(header);
            int number = 1; // the header is row 1, as a spreadsheet numbers it
            while (it.hasNext()) {
                List<String> record = it.next();
                number++;
                if (record.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                String extra = null;
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    if (i >= header.size()) {
                        extra = v == null || v.isBlank() ? extra : v;
                    } else if (v != null && !v.isBlank()) {
                        cells.put(header.get(i), v);
                    }
                }
                rows.add(new ImportRow(number, cells, present, extra == null ? null
                        : "the row has more cells than the header has columns; is a " + separator + " inside a cell without quotes?"));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException a) {
                throw a;
            }
            throw ApiException.invalidField("file", "Format", "the CSV cannot be read after row " + (rows.isEmpty() ? 1
                    : rows.get(rows.size() - 1).number()) + ": check the quotes");
        }
        return rows;
    }

    /** The separator the header uses: a Dutch Excel writes {@code ;}, most systems {@code ,}. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count() && first.indexOf(';') >= 0
                ? ';' : ',';
    }

    private static List<String> header(List<String> raw, List<String> columns, List<String> required) {
        Map<String, String> known = new LinkedHashMap<>();
        columns.forEach(c -> known.put(key(c), c));
        List<String> header = new ArrayList<>();
        for (String h : raw) {
            String name = h == null ? "" : h.trim();
            String column = known.get(key(name));
            if (name.isEmpty()) {
                throw ApiException.invalidField("file", "Header", "the header row has an empty column name");
            }
            if (column == null) {
                throw ApiException.invalidField(name, "UnknownColumn", "unknown column \"" + name + "\"; the columns are "
                        + String.join(", ", columns));
            }
            if (header.contains(column)) {
                throw ApiException.invalidField(column, "DuplicateColumn", "the column " + column + " appears twice");
            }
            header.add(column);
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw ApiException.invalidField(r, "MissingColumn", "the header has no column " + r);
            }
        }
        return header;
    }

    private static String key(String column) {
        return column.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<ImportRow> json(String text, List<String> columns, ImportRun run) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.invalidField("file", "Format", "the JSON cannot be read: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw ApiException.invalidField("file", "Format", "send a JSON array of objects, one per row");
        }
        if (root.size() > MAX_ROWS) {
            throw ApiException.invalidField("file", "TooManyRows",
                    "at most " + MAX_ROWS + " rows per file; this one has " + root.size() + ": split it");
        }
        Map<String, String> known = new HashMap<>();
        columns.forEach(c -> known.put(c, c));
        List<ImportRow> rows = new ArrayList<>();
        int number = 0; // rows of a JSON array are numbered from 1, in the order sent
        for (JsonNode item : root) {
            number++;
            if (!item.isObject()) {
                rows.add(new ImportRow(number, Map.of(), java.util.Set.of(), "each row is an object with the columns as its fields"));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            java.util.Set<String> present = new java.util.HashSet<>();
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) item::fields) {
                JsonNode v = field.getValue();
                if (!known.containsKey(field.getKey())) {
                    run.error(number, field.getKey(), "UnknownColumn", "unknown field; the fields are " + String.join(", ", columns));
                } else if (v.isContainerNode()) {
                    run.error(number, field.getKey(), "Format", "give one value, not a list or an object");
                } else {
                    present.add(field.getKey());
                    if (!v.isNull() && !v.asText().isBlank()) {
                        cells.put(field.getKey(), v.asText());
                    }
                }
            }
            rows.add(new ImportRow(number, cells, present, null));
        }
        return rows;
    }
}
