package id.baku.design;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test SOPs built in a line or two. */
public final class Sops {

    private Sops() {
    }

    public static Step process(String activity, int executor, int minutes) {
        return new Step(activity, executor, StepKind.PROCESS, null, null,
                new QualityStandard(List.of("Berkas"), minutes, TimeUnit.MENIT, "Hasil " + activity), null);
    }

    public static Step decision(String activity, int executor, int minutes, Outcome yes, Outcome no) {
        return new Step(activity, executor, StepKind.DECISION, yes, no,
                new QualityStandard(List.of(), minutes, TimeUnit.MENIT, "Keputusan"), null);
    }

    public static SopContent content(List<String> executors, Step... steps) {
        List<Executor> columns = new ArrayList<>();
        executors.forEach(label -> columns.add(new Executor(null, label)));
        return new SopContent(null, LocalDate.of(2025, 3, 3), null, null, null, "SOP Uji", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), columns, List.of(steps));
    }

    /** A valid five-step SOP over three executors with a decision at step 3 going back to step 2. */
    public static SopContent fiveSteps() {
        return content(List.of("Staf", "Kasubbag", "Kabag"),
                process("Menyusun draf", 1, 30),
                process("Memeriksa draf", 2, 20),
                decision("Menyetujui draf", 3, 10, new Outcome("Ya", 4), new Outcome("Tidak", 2)),
                process("Menggandakan", 1, 15),
                process("Mengarsipkan", 1, 5));
    }
}
