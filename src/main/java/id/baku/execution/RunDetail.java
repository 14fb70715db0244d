package id.baku.execution;

import id.baku.design.SopContent;

import java.util.List;

/**
 * A run with the SOP version it follows and every step execution in the order they became ready;
 * {@code path} is the steps taken, in order (a loop shows a step twice).
 *
 * @param maySupervise the signed-in user may reassign its open steps
 */
public record RunDetail(RunRecord run, SopContent content, List<StepRecord> steps, List<Integer> path,
                        boolean maySupervise) {
}
