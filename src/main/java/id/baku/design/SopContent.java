package id.baku.design;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * @param scope        Ruang Lingkup (optional)
 * @param custom       values of the template's custom fields by key; every value is a list of texts
 *                     (one for a text, date, number or choice; items for a list; ids for references)
 */
public record SopContent(String number, LocalDate createdOn, LocalDate revisedOn, LocalDate effectiveOn,
                         Signer approvedBy, String title, List<Long> legalBasisIds, List<String> qualifications,
                         List<RelatedSop> related, List<String> equipment, List<String> warnings,
                         List<String> recordKeeping, String summary, List<String> purposes, List<String> definitions,
                         List<Executor> executors, List<Step> steps, List<String> scope,
                         Map<String, List<String>> custom) {

    /** Content without Ruang Lingkup and custom fields, as the national template has it. */
    public SopContent(String number, LocalDate createdOn, LocalDate revisedOn, LocalDate effectiveOn,
                      Signer approvedBy, String title, List<Long> legalBasisIds, List<String> qualifications,
                      List<RelatedSop> related, List<String> equipment, List<String> warnings,
                      List<String> recordKeeping, String summary, List<String> purposes, List<String> definitions,
                      List<Executor> executors, List<Step> steps) {
        this(number, createdOn, revisedOn, effectiveOn, approvedBy, title, legalBasisIds, qualifications, related,
                equipment, warnings, recordKeeping, summary, purposes, definitions, executors, steps, null, null);
    }

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
        scope = List.copyOf(scope == null ? List.of() : scope);
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(custom.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())))));
    }

    /** The same content with other steps: what the step table editor produces. */
    public SopContent withSteps(List<Executor> newExecutors, List<Step> newSteps) {
        return new SopContent(number, createdOn, revisedOn, effectiveOn, approvedBy, title, legalBasisIds,
                qualifications, related, equipment, warnings, recordKeeping, summary, purposes, definitions,
                newExecutors, newSteps, scope, custom);
    }

    /** The same content with other Keterkaitan. */
    public SopContent withRelated(List<RelatedSop> newRelated) {
        return new SopContent(number, createdOn, revisedOn, effectiveOn, approvedBy, title, legalBasisIds,
                qualifications, newRelated, equipment, warnings, recordKeeping, summary, purposes, definitions,
                executors, steps, scope, custom);
    }

    /** The same content with another Disahkan oleh, such as the signature a ratified version carries. */
    public SopContent withApprovedBy(Signer signer) {
        return new SopContent(number, createdOn, revisedOn, effectiveOn, signer, title, legalBasisIds, qualifications,
                related, equipment, warnings, recordKeeping, summary, purposes, definitions, executors, steps, scope,
                custom);
    }

    /** The same content with other custom values. */
    public SopContent withCustom(Map<String, List<String>> newCustom) {
        return new SopContent(number, createdOn, revisedOn, effectiveOn, approvedBy, title, legalBasisIds,
                qualifications, related, equipment, warnings, recordKeeping, summary, purposes, definitions,
                executors, steps, scope, newCustom);
    }

    /**
     * The same content with texts trimmed, blank texts as null and blank list items dropped: what
     * is stored, so that a file exported and imported again reads back identical.
     */
    public SopContent normalized() {
        Signer signer = approvedBy == null ? null : new Signer(approvedBy.positionId(), text(approvedBy.positionTitle()),
                text(approvedBy.name()), text(approvedBy.nip()));
        if (signer != null && signer.positionId() == null && signer.positionTitle() == null && signer.name() == null
                && signer.nip() == null) {
            signer = null;
        }
        List<RelatedSop> links = related.stream()
                .map(r -> new RelatedSop(r.sopId(), r.sopId() == null ? text(r.text()) : null))
                .filter(r -> r.sopId() != null || r.text() != null).toList();
        List<Executor> columns = executors.stream().map(e -> new Executor(e.positionId(), text(e.label()))).toList();
        List<Step> rows = steps.stream().map(s -> new Step(text(s.activity()), s.executor(), s.kind(),
                s.isDecision() ? outcome(s.yes()) : null, s.isDecision() ? outcome(s.no()) : null,
                new QualityStandard(items(s.standard().requirements()), s.standard().minutes(), s.standard().unit(),
                        text(s.standard().output())), text(s.notes()), texts(s.extra()))).toList();
        Map<String, List<String>> values = new TreeMap<>();
        custom.forEach((key, value) -> {
            List<String> kept = items(value);
            if (!kept.isEmpty()) {
                values.put(key, kept);
            }
        });
        return new SopContent(text(number), createdOn, revisedOn, effectiveOn, signer, text(title), legalBasisIds,
                items(qualifications), links, items(equipment), items(warnings), items(recordKeeping), text(summary),
                items(purposes), items(definitions), columns, rows, items(scope), values);
    }

    private static Map<String, String> texts(Map<String, String> map) {
        Map<String, String> kept = new TreeMap<>();
        map.forEach((key, value) -> {
            String t = text(value);
            if (t != null) {
                kept.put(key, t);
            }
        });
        return kept;
    }

    private static Outcome outcome(Outcome o) {
        return o == null ? null : new Outcome(text(o.label()), o.target());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> items(List<String> list) {
        return list.stream().map(SopContent::text).filter(java.util.Objects::nonNull).toList();
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
