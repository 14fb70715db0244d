package id.baku.design;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.baku.design.Sops.decision;
import static id.baku.design.Sops.process;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SopDiffTest {

    private final SopContent five = Sops.fiveSteps();

    @Test
    void identical_versions_have_no_changes() {
        SopDiff diff = SopDiff.between(five, five);

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.steps()).extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind).containsExactly(
                tuple(1, 1, DiffKind.UNCHANGED), tuple(2, 2, DiffKind.UNCHANGED), tuple(3, 3, DiffKind.UNCHANGED),
                tuple(4, 4, DiffKind.UNCHANGED), tuple(5, 5, DiffKind.UNCHANGED));
        assertThat(diff.executors()).extracting(DiffExecutor::kind).containsOnly(DiffKind.UNCHANGED).hasSize(3);
        assertThat(diff.identity()).extracting(DiffField::key).containsExactly("createdOn", "title");
    }

    @Test
    void a_draft_step_without_kegiatan_yet_is_unchanged_when_nothing_else_changed() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.add(2, process(" ", 1, 0));
        SopContent draft = five.withSteps(five.executors(), steps);

        assertThat(SopDiff.between(draft, draft).unchanged()).isTrue();
    }

    @Test
    void a_step_inserted_at_2_is_one_added_step_and_the_others_are_only_renumbered() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.add(1, process("Memberi nomor agenda", 1, 5));
        // the decision still leads to the same steps, now numbered 5 and 3
        steps.set(3, decision("Menyetujui draf", 3, 10, new Outcome("Ya", 5), new Outcome("Tidak", 3)));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind).containsExactly(
                tuple(1, 1, DiffKind.UNCHANGED), tuple(null, 2, DiffKind.ADDED), tuple(2, 3, DiffKind.UNCHANGED),
                tuple(3, 4, DiffKind.UNCHANGED), tuple(4, 5, DiffKind.UNCHANGED), tuple(5, 6, DiffKind.UNCHANGED));
        assertThat(diff.steps()).allMatch(s -> s.changed().isEmpty());
    }

    @Test
    void a_step_moved_from_4_to_2_is_moved_not_removed_and_added() {
        List<Step> steps = new ArrayList<>(five.steps());
        Step copying = steps.remove(3);
        steps.add(1, copying);
        // the decision still leads to the same steps: Menggandakan, now 2, and Memeriksa draf, now 3
        steps.set(3, decision("Menyetujui draf", 3, 10, new Outcome("Ya", 2), new Outcome("Tidak", 3)));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).filteredOn(s -> s.kind() != DiffKind.UNCHANGED)
                .extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind)
                .containsExactly(tuple(4, 2, DiffKind.MOVED));
        assertThat(diff.steps()).filteredOn(s -> s.kind() == DiffKind.MOVED).singleElement()
                .satisfies(s -> assertThat(s.step().activity()).isEqualTo("Menggandakan"));
        assertThat(diff.steps()).noneMatch(s -> s.kind() == DiffKind.ADDED || s.kind() == DiffKind.REMOVED);
    }

    @Test
    void a_deleted_step_is_removed_and_stays_where_it_was() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.remove(3);

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind).containsExactly(
                tuple(1, 1, DiffKind.UNCHANGED), tuple(2, 2, DiffKind.UNCHANGED), tuple(3, 3, DiffKind.CHANGED),
                tuple(4, null, DiffKind.REMOVED), tuple(5, 4, DiffKind.UNCHANGED));
        // the decision's Ya pointed at the deleted step and now points at Mengarsipkan
        assertThat(diff.steps().get(2).changed()).containsExactly(DiffAttribute.OUTCOMES);
    }

    @Test
    void an_edited_time_is_a_changed_step_with_only_the_time_changed() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.set(1, process("Memeriksa draf", 2, 45));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps().get(1)).satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DiffKind.CHANGED);
            assertThat(s.changed()).containsExactly(DiffAttribute.TIME);
        });
        assertThat(diff.steps()).filteredOn(s -> s.kind() != DiffKind.UNCHANGED).hasSize(1);
    }

    @Test
    void a_decision_whose_target_moved_but_is_the_same_step_is_unchanged() {
        // Memeriksa draf (the Tidak target) moves from 2 to 1; the decision follows it to number 1
        List<Step> steps = new ArrayList<>(five.steps());
        Step checking = steps.remove(1);
        steps.add(0, checking);
        steps.set(2, decision("Menyetujui draf", 3, 10, new Outcome("Ya", 4), new Outcome("Tidak", 1)));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).filteredOn(s -> s.step().isDecision()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DiffKind.UNCHANGED);
            assertThat(s.changed()).isEmpty();
        });
    }

    @Test
    void a_decision_pointing_at_another_step_with_the_same_number_has_changed_outcomes() {
        List<Step> steps = new ArrayList<>(five.steps());
        Step checking = steps.remove(1);
        steps.add(0, checking);

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).filteredOn(s -> s.step().isDecision()).singleElement()
                .satisfies(s -> assertThat(s.changed()).containsExactly(DiffAttribute.OUTCOMES));
    }

    @Test
    void a_slightly_reworded_activity_keeps_the_step_and_is_reported_as_changed() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.set(1, process("Memeriksa draf SOP", 2, 20));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps().get(1)).extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind,
                DiffStep::changed).containsExactly(2, 2, DiffKind.CHANGED, Set.of(DiffAttribute.ACTIVITY, DiffAttribute.OUTPUT));
    }

    @Test
    void a_rewritten_activity_is_a_removed_and_an_added_step() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.set(4, process("Menyimpan salinan ke arsip digital", 1, 5));

        SopDiff diff = SopDiff.between(five, five.withSteps(five.executors(), steps));

        assertThat(diff.steps()).extracting(DiffStep::olderNumber, DiffStep::newerNumber, DiffStep::kind)
                .endsWith(tuple(5, null, DiffKind.REMOVED), tuple(null, 5, DiffKind.ADDED));
    }

    @Test
    void every_step_attribute_is_compared() {
        Step before = new Step("Memeriksa draf", 2, StepKind.PROCESS, null, null,
                new QualityStandard(List.of("Draf"), 20, TimeUnit.MENIT, "Draf diperiksa"), "Teliti", Map.of("k", "a"));
        Step after = new Step("Memeriksa draf", 3, StepKind.DECISION, new Outcome("Ya", 3), new Outcome("Tidak", 1),
                new QualityStandard(List.of("Draf", "Memo"), 1, TimeUnit.JAM, "Memo"), "Cepat", Map.of("k", "b"));
        SopContent older = Sops.content(List.of("A", "B", "C"), process("Mulai", 1, 5), before, process("Selesai", 1, 5));
        SopContent newer = Sops.content(List.of("A", "B", "C"), process("Mulai", 1, 5), after, process("Selesai", 1, 5));

        DiffStep diff = SopDiff.between(older, newer).steps().get(1);

        assertThat(diff.changed()).containsExactly(DiffAttribute.EXECUTOR, DiffAttribute.KIND, DiffAttribute.OUTCOMES,
                DiffAttribute.REQUIREMENTS, DiffAttribute.TIME, DiffAttribute.OUTPUT, DiffAttribute.NOTES,
                DiffAttribute.EXTRA);
    }

    @Test
    void executor_columns_added_removed_renamed_and_moved() {
        SopContent older = columns(List.of(free("Staf"), free("Kasubbag"), new Executor(7L, "Bendahara"), free("Kabag"),
                free("Tim Konten")));
        SopContent newer = columns(List.of(free("Kabag"), free("Staf"), free("Kasubbag Umum"), new Executor(8L, "Inspektur"),
                free("Tim Kreatif")));

        SopDiff diff = SopDiff.between(older, newer);

        assertThat(diff.executors()).extracting(DiffExecutor::olderColumn, DiffExecutor::newerColumn, DiffExecutor::kind)
                .containsExactly(tuple(4, 1, DiffKind.MOVED), tuple(1, 2, DiffKind.UNCHANGED),
                        tuple(2, 3, DiffKind.CHANGED), tuple(3, null, DiffKind.REMOVED), tuple(null, 4, DiffKind.ADDED),
                        tuple(5, 5, DiffKind.CHANGED));
        assertThat(diff.executors()).filteredOn(e -> e.kind() == DiffKind.CHANGED).allMatch(DiffExecutor::renamed);
        // Staf moved from column 1 to 2, and so did its step: the step's Pelaksana is the same
        assertThat(diff.steps().getFirst().kind()).isEqualTo(DiffKind.UNCHANGED);
        assertThat(diff.steps().get(1).changed()).containsExactly(DiffAttribute.EXECUTOR);
    }

    private static Executor free(String label) {
        return new Executor(null, label);
    }

    /** Staf does step 1 (column 1, then 2); Bendahara's step goes to the Inspektur, another column. */
    private static SopContent columns(List<Executor> executors) {
        int staf = executors.indexOf(free("Staf")) + 1;
        int other = executors.stream().filter(e -> e.positionId() != null).findFirst().map(executors::indexOf).orElseThrow() + 1;
        return Sops.content(List.of()).withSteps(executors, List.of(process("Mulai", staf, 5), process("Membayar", other, 5)));
    }

    @Test
    void an_identity_list_item_changed_is_reported_item_by_item() {
        SopContent older = withEquipment(five, List.of("Komputer", "Printer", "ATK"));
        SopContent newer = withEquipment(five, List.of("Komputer", "Printer warna", "ATK", "Jaringan internet"));

        SopDiff diff = SopDiff.between(older, newer);

        assertThat(diff.identity()).filteredOn(f -> f.key().equals("equipment"))
                .extracting(DiffField::olderItem, DiffField::newerItem, DiffField::kind, DiffField::older, DiffField::newer)
                .containsExactly(tuple(1, 1, DiffKind.UNCHANGED, "Komputer", "Komputer"),
                        tuple(2, 2, DiffKind.CHANGED, "Printer", "Printer warna"),
                        tuple(3, 3, DiffKind.UNCHANGED, "ATK", "ATK"),
                        tuple(null, 4, DiffKind.ADDED, null, "Jaringan internet"));
        assertThat(diff.unchanged()).isFalse();
    }

    @Test
    void dasar_hukum_in_another_order_is_a_change() {
        SopContent older = withLegalBases(five, List.of(7L, 8L, 9L));
        SopContent newer = withLegalBases(five, List.of(8L, 9L, 7L));

        assertThat(SopDiff.between(older, newer).identity()).filteredOn(f -> f.key().equals("legalBases"))
                .extracting(DiffField::olderItem, DiffField::newerItem, DiffField::kind)
                .containsExactly(tuple(2, 1, DiffKind.UNCHANGED), tuple(3, 2, DiffKind.UNCHANGED),
                        tuple(1, 3, DiffKind.MOVED));
    }

    @Test
    void single_fields_signer_and_custom_values_are_compared_one_by_one() {
        SopContent older = new SopContent("1/2025", null, null, null, new Signer(null, "SEKDA", "Budi", "1"), "SOP Uji",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "Ringkas", List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of("indikator", List.of("90%")));
        SopContent newer = new SopContent("2/2025", null, null, null, new Signer(null, "SEKDA", "Ani", "1"), "SOP Uji",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of("indikator", List.of("95%")));

        assertThat(SopDiff.between(older, newer).identity()).extracting(DiffField::key, DiffField::kind).containsExactly(
                tuple("number", DiffKind.CHANGED), tuple("approvedBy.position", DiffKind.UNCHANGED),
                tuple("approvedBy.name", DiffKind.CHANGED), tuple("approvedBy.nip", DiffKind.UNCHANGED),
                tuple("title", DiffKind.UNCHANGED), tuple("summary", DiffKind.REMOVED),
                tuple("indikator", DiffKind.CHANGED));
    }

    @Test
    void the_same_inputs_give_the_same_diff() {
        List<Step> steps = new ArrayList<>(five.steps());
        steps.add(process("Menggandakan", 1, 15));
        SopContent newer = five.withSteps(five.executors(), steps);

        assertThat(SopDiff.between(five, newer)).isEqualTo(SopDiff.between(five, newer));
        assertThat(SopDiff.between(five, newer).steps()).extracting(DiffStep::olderNumber, DiffStep::newerNumber)
                .contains(tuple(4, 4), tuple(null, 6));
    }

    private static SopContent withEquipment(SopContent c, List<String> equipment) {
        return new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(), c.approvedBy(), c.title(),
                c.legalBasisIds(), c.qualifications(), c.related(), equipment, c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }

    private static SopContent withLegalBases(SopContent c, List<Long> ids) {
        return new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(), c.approvedBy(), c.title(),
                ids, c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }
}
