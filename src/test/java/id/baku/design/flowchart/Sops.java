package id.baku.design.flowchart;

import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TimeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** SOPs for flowchart tests: hand-built shapes like the seed SOPs, and generated large ones. */
final class Sops {

    private Sops() {
    }

    static SopContent sop(List<String> executors, List<Step> steps) {
        return new SopContent(null, null, null, null, null, "Uji", null, null, null, null, null, null, null, null,
                null, executors.stream().map(label -> new Executor(null, label)).toList(), steps);
    }

    static SopContent sop(int executors, Step... steps) {
        return sop(IntStream.rangeClosed(1, executors).mapToObj(i -> "Pelaksana " + i).toList(), List.of(steps));
    }

    static Step process(int executor) {
        return new Step("Kegiatan", executor, StepKind.PROCESS, null, null,
                new QualityStandard(List.of("Berkas"), 10, TimeUnit.MENIT, "Dokumen"), null);
    }

    static Step decision(int executor, String yes, int yesTarget, String no, int noTarget) {
        return decision(executor, new Outcome(yes, yesTarget), new Outcome(no, noTarget));
    }

    static Step decision(int executor, Outcome yes, Outcome no) {
        return new Step("Memeriksa", executor, StepKind.DECISION, yes, no, null, null);
    }

    /** Seed-like: 7 steps over 4 executors; step 5 "Setuju → 6 / Tidak setuju → 4". */
    static SopContent approvalLoop() {
        return sop(List.of("Pemohon", "Petugas Pelayanan", "Kepala Seksi", "Kepala Dinas"), List.of(
                process(1), process(2), process(3), process(2),
                decision(4, "Setuju", 6, "Tidak setuju", 4), process(2), process(1)));
    }

    /** Seed-like: 12 steps; the decision at step 10 goes back to step 9. */
    static SopContent twelveSteps() {
        List<Step> steps = new ArrayList<>();
        int[] executors = {1, 2, 2, 3, 3, 4, 5, 4, 3, 4, 2, 1};
        for (int step = 1; step <= 12; step++) {
            steps.add(step == 10 ? decision(4, "Lengkap", 11, "Belum lengkap", 9) : process(executors[step - 1]));
        }
        return sop(List.of("Masyarakat", "Front Office", "Verifikator", "Kepala Bidang", "Sekretaris"), steps);
    }

    /** Seed-like: 5 steps; the decision at step 3 "Ya → 4 / Tidak → 2". */
    static SopContent shortLoop() {
        return sop(3, process(1), process(2), decision(3, "Ya", 4, "Tidak", 2), process(2), process(1));
    }

    /**
     * A large SOP: every fifth step (and a few more) is a decision that either skips ahead or loops back,
     * executors spread over all columns.
     */
    static SopContent generated(int stepCount, int executorCount, long seed) {
        Random random = new Random(seed);
        List<Step> steps = new ArrayList<>();
        for (int step = 1; step <= stepCount; step++) {
            int executor = 1 + random.nextInt(executorCount);
            boolean decision = step > 2 && step < stepCount - 1 && (step % 5 == 0 || random.nextInt(7) == 0);
            if (!decision) {
                steps.add(process(executor));
            } else if (random.nextBoolean()) {
                int back = Math.max(1, step - 1 - random.nextInt(Math.min(step - 1, 8)));
                steps.add(decision(executor, "Ya", step + 1, "Tidak", back));
            } else {
                int skip = Math.min(stepCount, step + 2 + random.nextInt(4));
                steps.add(decision(executor, "Lanjut", skip, "Ulang", step + 1));
            }
        }
        return sop(executorCount, steps.toArray(Step[]::new));
    }

    /** Unfinished drafts: missing and dangling outcomes, executors out of range, odd decision shapes. */
    static SopContent draft(long seed) {
        Random random = new Random(seed);
        int stepCount = random.nextInt(14);
        int executorCount = random.nextInt(5);
        List<Step> steps = new ArrayList<>();
        for (int step = 1; step <= stepCount; step++) {
            int executor = random.nextInt(executorCount + 3) - 1;
            if (random.nextInt(3) == 0) {
                steps.add(decision(executor, outcome(random, stepCount), outcome(random, stepCount)));
            } else {
                steps.add(process(executor));
            }
        }
        return sop(executorCount, steps.toArray(Step[]::new));
    }

    private static Outcome outcome(Random random, int stepCount) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new Outcome(null, stepCount + 1 + random.nextInt(3));
            case 2 -> new Outcome("", random.nextInt(3) - 2);
            default -> new Outcome(random.nextBoolean() ? "Ya" : "Tidak", 1 + random.nextInt(Math.max(1, stepCount)));
        };
    }
}
