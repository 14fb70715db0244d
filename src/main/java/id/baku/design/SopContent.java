package id.baku.design;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one version of an SOP AP says: the identity section and the step table
 * (Permenpan RB 35/2012). Lists keep the document's order; empty lists, never null.
 *
 * @param number       Nomor SOP; null until numbered
 * @param createdOn    Tanggal Pembuatan (the date drafting was finished)
 * @param revisedOn    Tanggal Revisi
 * @param effectiveOn  Tanggal Efektif
 * @param approvedBy   Disahkan oleh; null while unknown
 * @param title        Nama SOP
 * @param legalBasisIds Dasar Hukum: ids in the tenant's legal-basis library, in citation order
 * @param qualifications Kualifikasi Pelaksana
 * @param related      Keterkaitan
 * @param equipment    Peralatan/Perlengkapan
 * @param warnings     Peringatan
 * @param recordKeeping Pencatatan dan Pendataan
 * @param summary      Penjelasan Singkat (optional, Lamandau)
 * @param purposes     Tujuan (optional, Lamandau)
 * @param definitions  Definisi (optional, Lamandau)
 * @param executors    Pelaksana columns, left to right
 * @param steps        the steps; step number n is {@code steps.get(n - 1)}
 */
public record SopContent(String number, LocalDate createdOn, LocalDate revisedOn, LocalDate effectiveOn,
                         Signer approvedBy, String title, List<Long> legalBasisIds, List<String> qualifications,
                         List<RelatedSop> related, List<String> equipment, List<String> warnings,
                         List<String> recordKeeping, String summary, List<String> purposes, List<String> definitions,
                         List<Executor> executors, List<Step> steps) {

    public SopContent {
        legalBasisIds = List.copyOf(legalBasisIds == null ? List.of() : legalBasisIds);
        qualifications = List.copyOf(qualifications == null ? List.of() : qualifications);
        related = List.copyOf(related == null ? List.of() : related);
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        recordKeeping = List.copyOf(recordKeeping == null ? List.of() : recordKeeping);
        purposes = List.copyOf(purposes == null ? List.of() : purposes);
        definitions = List.copyOf(definitions == null ? List.of() : definitions);
        executors = List.copyOf(executors == null ? List.of() : executors);
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    /** "Jumlah Total Waktu": the sum of the steps' standard times, in minutes. */
    public int totalMinutes() {
        return steps.stream().mapToInt(s -> s.standard().minutes()).sum();
    }

    /** The kind a step is drawn with: the first and the last step are terminators. */
    public StepKind drawnKind(int number) {
        Step step = steps.get(number - 1);
        if (step.kind() == StepKind.PROCESS && (number == 1 || number == steps.size())) {
            return StepKind.TERMINATOR;
        }
        return step.kind();
    }
}
