package id.baku.execution;

import java.util.List;

/**
 * What the person completing a step records.
 *
 * @param present one flag per Kelengkapan item of the step, in its order: was it there?
 * @param output  the Output as text (attachments are added to the step before)
 * @param choice  the outcome of a decision step; null for any other step
 */
public record Completion(List<Boolean> present, String output, String note, Choice choice) {

    public Completion {
        present = present == null ? List.of() : List.copyOf(present);
    }
}
