package nl.stagemakelaar.imports;

import java.util.Map;

/**
 * One row of an import file: its number (as a spreadsheet shows it for CSV, its position from 1 for JSON), its cells
 * by column, the columns it has (empty or not), and why the row as a whole cannot be read, if it cannot.
 */
public record ImportRow(int number, Map<String, String> cells, java.util.Set<String> columns, String unreadable) {
}
