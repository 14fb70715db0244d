package id.baku.compliance;

import id.baku.execution.CompletedStep;
import id.baku.execution.Deviation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows behind the compliance figures as CSV (UTF-8 with BOM, so that spreadsheet programs read
 * the Indonesian names right) and XLSX (streamed, for large periods).
 */
public final class ComplianceExport {

    private static final String[] HEADERS = {"compliance.export.run", "compliance.export.run-title", "compliance.export.sop-number",
            "compliance.export.sop-title", "compliance.export.step", "compliance.export.attempt", "compliance.export.activity",
            "compliance.export.executor", "compliance.export.completed-by", "compliance.export.ready",
            "compliance.export.completed", "compliance.export.minutes", "compliance.export.standard",
            "compliance.export.within", "compliance.export.deviations"};

    private ComplianceExport() {
    }

    public static byte[] csv(List<CompletedStep> rows, ZoneId zone, Function<String, String> text) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, java.util.Arrays.stream(HEADERS).map(text).toList());
        for (CompletedStep r : rows) {
            line(out, cells(r, zone, text));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<CompletedStep> rows, ZoneId zone, Function<String, String> text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.apply("compliance.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text.apply(HEADERS[i]));
                cell.setCellStyle(bold);
            }
            int n = 1;
            for (CompletedStep r : rows) {
                Row row = sheet.createRow(n++);
                List<String> cells = cells(r, zone, text);
                for (int i = 0; i < cells.size(); i++) {
                    // Numbers stay numbers, so that the reader can sum and average them.
                    if (i == 0 || i == 4 || i == 5 || i == 11 || i == 12) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells.get(i)));
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(CompletedStep r, ZoneId zone, Function<String, String> text) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
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
    private static void line(StringBuilder out, List<String> cells) {
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
