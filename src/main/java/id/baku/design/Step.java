package id.baku.design;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Langkah. {@code executor} is the 1-based Pelaksana column. A PROCESS step flows to the next
 * step; a DECISION has two outcomes ({@code yes} usually forward, {@code no} possibly backwards),
 * both null for a process. {@code extra} holds the step's texts in the template's extra columns, by key.
 */
public record Step(String activity, int executor, StepKind kind, Outcome yes, Outcome no,
                   QualityStandard standard, String notes, Map<String, String> extra) {

    public Step {
        kind = kind == null ? StepKind.PROCESS : kind;
        standard = standard == null ? new QualityStandard(null, 0, TimeUnit.MENIT, null) : standard;
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
    }

    /** A step without values in the template's extra columns. */
    public Step(String activity, int executor, StepKind kind, Outcome yes, Outcome no, QualityStandard standard,
                String notes) {
        this(activity, executor, kind, yes, no, standard, notes, null);
    }

    public boolean isDecision() {
        return kind == StepKind.DECISION;
    }
}
