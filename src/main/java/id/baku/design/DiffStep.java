package id.baku.design;

import java.util.Set;

/**
 * One step compared. {@code kind} is MOVED when the step changed its place relative to the other
 * steps (not merely its number because a step was added or removed before it); {@code changed}
 * lists what else differs, so a moved step can also be edited. Numbers are 1-based, null on the
 * side that lacks the step.
 */
public record DiffStep(Integer olderNumber, Integer newerNumber, DiffKind kind, Step older, Step newer,
                       Set<DiffAttribute> changed) {

    public DiffStep {
        changed = changed.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(changed));
    }

    /** The step as the newer version has it, or the older one for a removed step. */
    public Step step() {
        return newer != null ? newer : older;
    }
}
