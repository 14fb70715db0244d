package id.baku.bench;

import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TimeUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large SOP for the flowchart and sheet benchmarks: steps spread over every Pelaksana column at random
 * (seeded, so every run lays out the same chart), every fifth step and a few more a decision that either
 * loops back up to eight steps or skips ahead, each step with Kelengkapan, Waktu and Output as an author
 * would write them.
 */
final class LargeSop {

    private LargeSop() {
    }

    static SopContent of(String title, List<Executor> executors, int stepCount, long seed) {
        Random random = new Random(seed);
        List<Step> steps = new ArrayList<>();
        for (int step = 1; step <= stepCount; step++) {
            int executor = 1 + random.nextInt(executors.size());
            String activity = "Kegiatan " + step + ": memeriksa, mencatat dan meneruskan berkas permohonan "
                    + "sesuai ketentuan yang berlaku";
            QualityStandard standard = new QualityStandard(List.of("Berkas permohonan", "Lembar disposisi"),
                    10 + 5 * random.nextInt(6), TimeUnit.MENIT, "Berkas terverifikasi");
            boolean decision = step > 2 && step < stepCount - 1 && (step % 5 == 0 || random.nextInt(7) == 0);
            if (!decision) {
                steps.add(new Step(activity, executor, StepKind.PROCESS, null, null, standard, null));
            } else if (random.nextBoolean()) {
                int back = Math.max(1, step - 1 - random.nextInt(Math.min(step - 1, 8)));
                steps.add(new Step(activity, executor, StepKind.DECISION, new Outcome("Ya", step + 1),
                        new Outcome("Tidak", back), standard, null));
            } else {
                int skip = Math.min(stepCount, step + 2 + random.nextInt(4));
                steps.add(new Step(activity, executor, StepKind.DECISION, new Outcome("Lanjut", skip),
                        new Outcome("Ulang", step + 1), standard, null));
            }
        }
        LocalDate date = LocalDate.of(2026, 1, 5);
        return new SopContent(null, date, null, date, null, title, null, List.of("Memahami tata naskah dinas"),
                null, List.of("Komputer", "Printer"), List.of("Berkas tidak lengkap dikembalikan"),
                List.of("Buku agenda"), null, null, null, executors, steps);
    }
}
