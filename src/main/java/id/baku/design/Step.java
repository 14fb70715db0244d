package id.baku.design;

/**
 * One Langkah. {@code executor} is the 1-based Pelaksana column. A PROCESS step flows to the next
 * step; a DECISION has two outcomes ({@code yes} usually forward, {@code no} possibly backwards),
 * both null for a process.
 */
public record Step(String activity, int executor, StepKind kind, Outcome yes, Outcome no,
                   QualityStandard standard, String notes) {

    public Step {
        kind = kind == null ? StepKind.PROCESS : kind;
        standard = standard == null ? new QualityStandard(null, 0, TimeUnit.MENIT, null) : standard;
    }

    public boolean isDecision() {
        return kind == StepKind.DECISION;
    }
}
