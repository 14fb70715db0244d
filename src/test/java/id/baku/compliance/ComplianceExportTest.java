package id.baku.compliance;

import id.baku.execution.CompletedStep;
import id.baku.execution.Deviation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The export files, written as the rows come: CSV safe for spreadsheets, XLSX going on in a next sheet. */
class ComplianceExportTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static CompletedStep row(long runId, String runTitle) {
        return new CompletedStep(runId, runTitle, 1, "1/000/2026", "Peliputan, \"dan\" Publikasi", 2, 1, "=Rapat",
                "Kabid", "Budi", Instant.parse("2026-10-01T01:00:00Z"), Instant.parse("2026-10-01T01:30:10Z"), 31, 30,
                Set.of(Deviation.LATE));
    }

    @Test
    void csv_quotes_fields_and_defuses_formulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceExport.csv(List.of(row(7, "+SUM(A1)"), row(8, "@cmd\nx"))::forEach, WIB, key -> key, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(csv).startsWith("\uFEFFcompliance.export.run,");
        assertThat(lines[1]).isEqualTo("7,'+SUM(A1),1/000/2026,\"Peliputan, \"\"dan\"\" Publikasi\",2,1,'=Rapat,Kabid,"
                + "Budi,2026-10-01 08:00,2026-10-01 08:30,31,30,compliance.export.no,execution.deviation.late");
        assertThat(csv).contains("8,\"'@cmd\nx\",");
    }

    @Test
    void xlsx_goes_on_in_a_next_sheet_past_the_last_row() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CompletedStep> rows = List.of(row(1, "a"), row(2, "b"), row(3, "c"), row(4, "d"), row(5, "e"));
        ComplianceExport.xlsx(rows::forEach, WIB, key -> key, out, 3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("compliance.export.sheet 2");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("compliance.export.run");
            assertThat(book.getSheetAt(1).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(5.0);
            assertThat(book.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo("=Rapat");
        }
    }
}
