package id.baku.design;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two versions of an SOP: the identity fields one by one (lists item by item),
 * the Pelaksana columns and the steps. Steps keep their identity across versions by their Kegiatan
 * (equal, or similar enough), so a step inserted before others is one ADDED step, not a cascade of
 * renumbered ones, and decisions are compared by the step they lead to, not by its number.
 *
 * @param identity  every identity value that either version has, in the order of the national
 *                  template, custom fields last by key; unchanged ones included
 * @param executors every column of either version, in the newer version's order
 * @param steps     every step of either version, in the newer version's order; a removed step
 *                  follows the step that preceded it
 */
public record SopDiff(List<DiffField> identity, List<DiffExecutor> executors, List<DiffStep> steps) {

    /** Kegiatan texts sharing at least this much of their words (Dice coefficient) are one step edited. */
    static final double SIMILAR = 0.6;

    public SopDiff {
        identity = List.copyOf(identity);
        executors = List.copyOf(executors);
        steps = List.copyOf(steps);
    }

    public static SopDiff between(SopContent older, SopContent newer) {
        SopContent a = older.normalized();
        SopContent b = newer.normalized();
        // Only free labels in the same place count as one column renamed; another jabatan is another column.
        DiffAlignment columns = DiffAlignment.of(matchExecutors(a.executors(), b.executors()), b.executors().size(),
                (i, j) -> a.executors().get(i).positionId() == null && b.executors().get(j).positionId() == null);
        DiffAlignment rows = DiffAlignment.of(matchSteps(a.steps(), b.steps()), b.steps().size());
        return new SopDiff(identity(a, b), executors(a.executors(), b.executors(), columns),
                steps(a.steps(), b.steps(), rows, columns));
    }

    /** True when the two versions say the same. */
    public boolean unchanged() {
        return identity.stream().noneMatch(DiffField::changed)
                && executors.stream().allMatch(e -> e.kind() == DiffKind.UNCHANGED)
                && steps.stream().allMatch(s -> s.kind() == DiffKind.UNCHANGED);
    }

    // ---- identity ----

    private static List<DiffField> identity(SopContent a, SopContent b) {
        List<DiffField> fields = new ArrayList<>();
        single(fields, StandardField.NUMBER.key(), a.number(), b.number());
        single(fields, StandardField.CREATED_ON.key(), a.createdOn(), b.createdOn());
        single(fields, StandardField.REVISED_ON.key(), a.revisedOn(), b.revisedOn());
        single(fields, StandardField.EFFECTIVE_ON.key(), a.effectiveOn(), b.effectiveOn());
        single(fields, "approvedBy.position", signer(a, Signer::positionTitle), signer(b, Signer::positionTitle));
        single(fields, "approvedBy.name", signer(a, Signer::name), signer(b, Signer::name));
        single(fields, "approvedBy.nip", signer(a, Signer::nip), signer(b, Signer::nip));
        single(fields, StandardField.TITLE.key(), a.title(), b.title());
        items(fields, StandardField.LEGAL_BASES.key(), a.legalBasisIds(), b.legalBasisIds());
        items(fields, StandardField.QUALIFICATIONS.key(), a.qualifications(), b.qualifications());
        items(fields, StandardField.RELATED.key(), a.related(), b.related());
        items(fields, StandardField.EQUIPMENT.key(), a.equipment(), b.equipment());
        items(fields, StandardField.WARNINGS.key(), a.warnings(), b.warnings());
        items(fields, StandardField.RECORD_KEEPING.key(), a.recordKeeping(), b.recordKeeping());
        single(fields, StandardField.SUMMARY.key(), a.summary(), b.summary());
        items(fields, StandardField.PURPOSES.key(), a.purposes(), b.purposes());
        items(fields, StandardField.DEFINITIONS.key(), a.definitions(), b.definitions());
        items(fields, StandardField.SCOPE.key(), a.scope(), b.scope());
        Set<String> keys = new TreeSet<>(a.custom().keySet());
        keys.addAll(b.custom().keySet());
        for (String key : keys) {
            items(fields, key, a.custom().getOrDefault(key, List.of()), b.custom().getOrDefault(key, List.of()));
        }
        return fields;
    }

    private static String signer(SopContent content, Function<Signer, String> part) {
        return content.approvedBy() == null ? null : part.apply(content.approvedBy());
    }

    private static void single(List<DiffField> fields, String key, Object older, Object newer) {
        if (older == null && newer == null) {
            return;
        }
        DiffKind kind = older == null ? DiffKind.ADDED : newer == null ? DiffKind.REMOVED
                : older.equals(newer) ? DiffKind.UNCHANGED : DiffKind.CHANGED;
        fields.add(new DiffField(key, null, null, kind, older, newer));
    }

    /** Items compared in order: equal items match, edited ones pair up in their place, reordered ones MOVED. */
    private static <T> void items(List<DiffField> fields, String key, List<T> older, List<T> newer) {
        int[] matches = new int[older.size()];
        Arrays.fill(matches, -1);
        DiffAlignment alignment = DiffAlignment.of(matchEqual(older, newer, Function.identity(), matches),
                newer.size(), (i, j) -> true);
        for (int[] row : alignment.rows()) {
            int i = row[0];
            int j = row[1];
            T a = i < 0 ? null : older.get(i);
            T b = j < 0 ? null : newer.get(j);
            DiffKind kind = i < 0 ? DiffKind.ADDED : j < 0 ? DiffKind.REMOVED : alignment.moved(i) ? DiffKind.MOVED
                    : alignment.paired(i) ? DiffKind.CHANGED : DiffKind.UNCHANGED;
            fields.add(new DiffField(key, i < 0 ? null : i + 1, j < 0 ? null : j + 1, kind, a, b));
        }
    }

    // ---- executors ----

    private static int[] matchExecutors(List<Executor> older, List<Executor> newer) {
        int[] matches = new int[older.size()];
        Arrays.fill(matches, -1);
        matchEqual(older, newer, Executor::positionId, matches);
        matchEqual(older, newer, e -> normalize(e.label()), matches);
        matchSimilar(older.stream().map(Executor::label).toList(), newer.stream().map(Executor::label).toList(), matches);
        return matches;
    }

    private static List<DiffExecutor> executors(List<Executor> older, List<Executor> newer, DiffAlignment alignment) {
        List<DiffExecutor> result = new ArrayList<>();
        for (int[] row : alignment.rows()) {
            int i = row[0];
            int j = row[1];
            Executor a = i < 0 ? null : older.get(i);
            Executor b = j < 0 ? null : newer.get(j);
            DiffKind kind = i < 0 ? DiffKind.ADDED : j < 0 ? DiffKind.REMOVED : alignment.moved(i) ? DiffKind.MOVED
                    : Objects.equals(a.label(), b.label()) ? DiffKind.UNCHANGED : DiffKind.CHANGED;
            result.add(new DiffExecutor(i < 0 ? null : i + 1, j < 0 ? null : j + 1, kind, a, b));
        }
        return result;
    }

    // ---- steps ----

    private static int[] matchSteps(List<Step> older, List<Step> newer) {
        int[] matches = new int[older.size()];
        Arrays.fill(matches, -1);
        matchEqual(older, newer, s -> normalize(s.activity()), matches);
        matchSimilar(older.stream().map(Step::activity).toList(), newer.stream().map(Step::activity).toList(), matches);
        // A draft's step without Kegiatan yet has nothing to be known by but being the same in all else.
        matchEqual(older, newer, s -> s.activity() == null ? s : null, matches);
        return matches;
    }

    private static List<DiffStep> steps(List<Step> older, List<Step> newer, DiffAlignment rows, DiffAlignment columns) {
        List<DiffStep> result = new ArrayList<>();
        for (int[] row : rows.rows()) {
            int i = row[0];
            int j = row[1];
            if (i < 0 || j < 0) {
                result.add(new DiffStep(i < 0 ? null : i + 1, j < 0 ? null : j + 1, i < 0 ? DiffKind.ADDED
                        : DiffKind.REMOVED, i < 0 ? null : older.get(i), j < 0 ? null : newer.get(j), Set.of()));
                continue;
            }
            Set<DiffAttribute> changed = changes(older.get(i), newer.get(j), rows, columns);
            DiffKind kind = rows.moved(i) ? DiffKind.MOVED : changed.isEmpty() ? DiffKind.UNCHANGED : DiffKind.CHANGED;
            result.add(new DiffStep(i + 1, j + 1, kind, older.get(i), newer.get(j), changed));
        }
        return result;
    }

    private static Set<DiffAttribute> changes(Step a, Step b, DiffAlignment rows, DiffAlignment columns) {
        Set<DiffAttribute> changed = EnumSet.noneOf(DiffAttribute.class);
        if (!Objects.equals(a.activity(), b.activity())) {
            changed.add(DiffAttribute.ACTIVITY);
        }
        if (mapped(a.executor(), columns) != b.executor()) {
            changed.add(DiffAttribute.EXECUTOR);
        }
        if (a.kind() != b.kind()) {
            changed.add(DiffAttribute.KIND);
        }
        if (!sameOutcome(a.yes(), b.yes(), rows) || !sameOutcome(a.no(), b.no(), rows)) {
            changed.add(DiffAttribute.OUTCOMES);
        }
        QualityStandard qa = a.standard();
        QualityStandard qb = b.standard();
        if (!qa.requirements().equals(qb.requirements())) {
            changed.add(DiffAttribute.REQUIREMENTS);
        }
        if (qa.minutes() != qb.minutes() || qa.unit() != qb.unit()) {
            changed.add(DiffAttribute.TIME);
        }
        if (!Objects.equals(qa.output(), qb.output())) {
            changed.add(DiffAttribute.OUTPUT);
        }
        if (!Objects.equals(a.notes(), b.notes())) {
            changed.add(DiffAttribute.NOTES);
        }
        if (!a.extra().equals(b.extra())) {
            changed.add(DiffAttribute.EXTRA);
        }
        return changed;
    }

    /**
     * The newer number of what older number {@code n} referred to; a negative number (never equal
     * to a real one) when the newer version no longer has it.
     */
    static int mapped(int n, DiffAlignment alignment) {
        if (n < 1) {
            return n;
        }
        int index = alignment.newerIndex(n - 1);
        return index < 0 ? -n : index + 1;
    }

    private static boolean sameOutcome(Outcome a, Outcome b, DiffAlignment rows) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.label(), b.label()) && mapped(a.target(), rows) == b.target();
    }

    // ---- matching ----

    /** Matches still unmatched items with equal non-null keys, the k-th occurrence with the k-th. */
    private static <T> int[] matchEqual(List<T> older, List<T> newer, Function<T, ?> key, int[] matches) {
        Set<Integer> taken = new HashSet<>();
        Arrays.stream(matches).filter(m -> m >= 0).forEach(taken::add);
        Map<Object, Deque<Integer>> free = new HashMap<>();
        for (int j = 0; j < newer.size(); j++) {
            Object k = key.apply(newer.get(j));
            if (k != null && !taken.contains(j)) {
                free.computeIfAbsent(k, x -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < older.size(); i++) {
            Object k = key.apply(older.get(i));
            if (matches[i] < 0 && k != null && free.containsKey(k) && !free.get(k).isEmpty()) {
                matches[i] = free.get(k).poll();
            }
        }
        return matches;
    }

    /** Pairs the most similar remaining texts first; equal scores favour the nearer places. */
    private static void matchSimilar(List<String> older, List<String> newer, int[] matches) {
        Set<Integer> taken = new HashSet<>();
        Arrays.stream(matches).filter(m -> m >= 0).forEach(taken::add);
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            if (matches[i] >= 0) {
                continue;
            }
            for (int j = 0; j < newer.size(); j++) {
                double score = taken.contains(j) ? 0 : similarity(older.get(i), newer.get(j));
                if (score >= SIMILAR) {
                    candidates.add(new double[]{score, Math.abs(i - j), i, j});
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : x[2] != y[2] ? Double.compare(x[2], y[2])
                : Double.compare(x[3], y[3]));
        for (double[] c : candidates) {
            int i = (int) c[2];
            int j = (int) c[3];
            if (matches[i] < 0 && !taken.contains(j)) {
                matches[i] = j;
                taken.add(j);
            }
        }
    }

    /** Dice coefficient of the two texts' sets of words. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> words(String text) {
        String normalized = normalize(text);
        return normalized == null ? Set.of() : new HashSet<>(Arrays.asList(normalized.split(" ")));
    }

    /** Lower case, accents and punctuation dropped, single spaces; null for a text without words. */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
