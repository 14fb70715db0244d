package id.baku.compliance;

import id.baku.execution.CompletedStep;
import id.baku.execution.Deviation;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows behind the compliance figures as CSV (UTF-8 with BOM, so that spreadsheet programs read
 * the Indonesian names right) and XLSX, written as the rows come so that a year of a large pemda (a
 * million rows) needs no more memory than a page of them.
 */
public final class ComplianceExport {

    private static final String[] HEADERS = {"compliance.export.run", "compliance.export.run-title", "compliance.export.sop-number",
            "compliance.export.sop-title", "compliance.export.step", "compliance.export.attempt", "compliance.export.activity",
            "compliance.export.executor", "compliance.export.completed-by", "compliance.export.ready",
            "compliance.export.completed", "compliance.export.minutes", "compliance.export.standard",
            "compliance.export.within", "compliance.export.deviations"};

    /** Where the rows come from: {@code list::forEach}, or a service streaming them page by page. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<CompletedStep> each);
    }

    /** The last row index a sheet can have (Excel's 1,048,576 rows); the rows go on in a next sheet. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ComplianceExport() {
    }

    /** Writes the rows as CSV to {@code out} as they come; {@code out} stays open. */
    public static void csv(Rows rows, ZoneId zone, Function<String, String> text, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            writer.write('\uFEFF');
            line(writer, java.util.Arrays.stream(HEADERS).map(text).toList());
            rows.forEach(r -> line(writer, cells(r, zone, text)));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the rows as XLSX to {@code out}: POI's streaming workbook keeps 200 rows in memory and the
     * rest in a compressed temporary file until the workbook is written; past a sheet's last row the
     * rows go on in another sheet. {@code out} stays open.
     */
    public static void xlsx(Rows rows, ZoneId zone, Function<String, String> text, OutputStream out) {
        xlsx(rows, zone, text, out, LAST_ROW);
    }

    /** As above, with the last row of a sheet given (tests use a small one). */
    static void xlsx(Rows rows, ZoneId zone, Function<String, String> text, OutputStream out, int lastRow) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        try (book) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet[] sheet = {sheet(book, text, bold)};
            int[] n = {1};
            rows.forEach(r -> {
                if (n[0] > lastRow) {
                    sheet[0] = sheet(book, text, bold);
                    n[0] = 1;
                }
                Row row = sheet[0].createRow(n[0]++);
                List<String> cells = cells(r, zone, text);
                for (int i = 0; i < cells.size(); i++) {
                    // Numbers stay numbers, so that the reader can sum and average them.
                    if (i == 0 || i == 4 || i == 5 || i == 11 || i == 12) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells.get(i)));
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    /** A sheet with the header row; the second and later ones are numbered. */
    private static Sheet sheet(SXSSFWorkbook book, Function<String, String> text, CellStyle bold) {
        int count = book.getNumberOfSheets();
        Sheet sheet = book.createSheet(text.apply("compliance.export.sheet") + (count == 0 ? "" : " " + (count + 1)));
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(text.apply(HEADERS[i]));
            cell.setCellStyle(bold);
        }
        return sheet;
    }

    private static List<String> cells(CompletedStep r, ZoneId zone, Function<String, String> text) {
        DateTimeFormatter when = WHEN;
        return List.of(String.valueOf(r.runId()), r.runTitle(), r.sopNumber() == null ? "" : r.sopNumber(), r.sopTitle(),
                String.valueOf(r.step()), String.valueOf(r.attempt()), r.activity(), r.executor(),
                r.completedBy() == null ? "" : r.completedBy(), when.format(r.readyAt().atZone(zone)),
                when.format(r.completedAt().atZone(zone)), String.valueOf(r.minutes()), String.valueOf(r.standardMinutes()),
                text.apply(r.deviations().isEmpty() ? "compliance.export.yes" : "compliance.export.no"),
                r.deviations().stream().sorted().map(Deviation::labelKey).map(text).collect(Collectors.joining("; ")));
    }

    /**
     * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A text starting like a
     * formula gets an apostrophe, so that a spreadsheet shows it instead of running it.
     */
    private static void line(Writer out, List<String> cells) {
        try {
            write(out, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (i > 0) {
                out.append(',');
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
