package id.baku.design.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the API answers, written out on purpose: the internal records can change without changing
 * the API. Statuses and step kinds are lower-case codes; dates ISO-8601; times in minutes.
 */
final class SopJson {

    private SopJson() {
    }

    @Schema(name = "SopListItem", description = "One SOP: its newest version")
    record Item(long id, @Schema(description = "Nomor SOP, unique in the pemda; null until numbered") String number,
                @Schema(description = "Nama SOP") String title, Unit unit,
                @Schema(allowableValues = {"draft", "submitted", "reviewed", "ratified", "effective", "superseded", "retired"})
                String status, int revision, Instant updatedAt) {
    }

    @Schema(name = "Unit", description = "Unit kerja (organisation unit) of the pemda")
    record Unit(long id, String name) {
    }

    @Schema(name = "Sop", description = "An SOP with its version history and the newest version's full content")
    record Detail(long id, String number, String title, Unit unit,
                  @Schema(description = "status of the newest version") String status, int revision, Instant updatedAt,
                  @Schema(description = "all versions, oldest first") List<Version> versions,
                  @Schema(description = "content of the newest version") Content current,
                  @Schema(description = "what keeps the newest version from being submitted; empty when complete")
                  List<Problem> problems) {
    }

    @Schema(name = "SopVersion")
    record Version(long id, int revision, String status, String number, Instant updatedAt) {
    }

    @Schema(name = "SopContent", description = "Everything one version of an SOP AP says (Permenpan RB 35/2012)")
    record Content(String number, @Schema(description = "Tanggal Pembuatan") LocalDate createdOn,
                   @Schema(description = "Tanggal Revisi") LocalDate revisedOn,
                   @Schema(description = "Tanggal Efektif") LocalDate effectiveOn,
                   @Schema(description = "Disahkan oleh") Signer approvedBy, String title,
                   @Schema(description = "Dasar Hukum, in citation order") List<LegalBasis> legalBases,
                   @Schema(description = "Kualifikasi Pelaksana") List<String> qualifications,
                   @Schema(description = "Keterkaitan") List<Related> related,
                   @Schema(description = "Peralatan/Perlengkapan") List<String> equipment,
                   @Schema(description = "Peringatan") List<String> warnings,
                   @Schema(description = "Pencatatan dan Pendataan") List<String> recordKeeping,
                   @Schema(description = "Penjelasan Singkat") String summary,
                   @Schema(description = "Tujuan") List<String> purposes,
                   @Schema(description = "Definisi") List<String> definitions,
                   @Schema(description = "Ruang Lingkup") List<String> scope,
                   @Schema(description = "values of the template's custom fields, in the template's order")
                   List<CustomValue> custom,
                   @Schema(description = "Pelaksana columns, left to right") List<Executor> executors,
                   List<Step> steps,
                   @Schema(description = "Jumlah Total Waktu, the sum of the steps' times") int totalMinutes,
                   @Schema(description = "the template this version follows") Template template) {
    }

    @Schema(name = "Template", description = "The SOP template a version follows; null id for the national one")
    record Template(Long versionId, String name,
                    @Schema(description = "labels of the step table's columns by key, as the template prints them")
                    java.util.Map<String, String> stepColumns) {
    }

    @Schema(name = "CustomValue", description = "A value of a custom field of the template")
    record CustomValue(String key, @Schema(description = "the field's label; the key when the template no longer has it")
                       String label,
                       @Schema(allowableValues = {"short-text", "long-text", "list", "date", "number", "choice",
                               "sop-reference", "legal-basis"}) String type,
                       @Schema(description = "texts; ids for sop-reference and legal-basis") List<String> values) {
    }

    @Schema(name = "Signer")
    record Signer(Long positionId, @Schema(description = "position as printed") String position, String name,
                  String nip) {
    }

    @Schema(name = "LegalBasis", description = "Dasar hukum from the pemda's library")
    record LegalBasis(long id, String kind, String number, int year, String title,
                      @Schema(description = "as the SOP cites it") String citation) {
    }

    @Schema(name = "RelatedSop", description = "Keterkaitan: an SOP of the pemda (sopId) or free text")
    record Related(Long sopId, String number, String title, String text) {
    }

    @Schema(name = "Executor", description = "Pelaksana column")
    record Executor(int column, Long positionId, String label) {
    }

    @Schema(name = "Step", description = "Langkah")
    record Step(int number, String activity, @Schema(description = "Pelaksana column, 1-based") int executor,
                String executorLabel,
                @Schema(description = "symbol as drawn: first and last steps are terminators",
                        allowableValues = {"terminator", "process", "decision"}) String kind,
                @Schema(description = "decisions only") Outcome yes, @Schema(description = "decisions only") Outcome no,
                @Schema(description = "Mutu Baku: Kelengkapan") List<String> requirements,
                @Schema(description = "Mutu Baku: Waktu in minutes") int minutes,
                @Schema(description = "Waktu as printed, e.g. \"2 jam\"") String time,
                @Schema(description = "Mutu Baku: Output") String output,
                @Schema(description = "Keterangan") String notes,
                @Schema(description = "texts in the template's extra columns, by column key")
                java.util.Map<String, String> extra) {
    }

    @Schema(name = "Outcome")
    record Outcome(String label, @Schema(description = "step number it leads to") int target) {
    }

    @Schema(name = "Problem")
    record Problem(@Schema(description = "where, e.g. \"title\", \"step.3.no\"") String field,
                   @Schema(description = "stable message code") String code, String message) {
    }

    @Schema(name = "Error")
    record Error(String error) {
    }
}
