package id.baku.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What API clients sent to complete steps and what they heard back. */
final class Ledger {

    enum Outcome {
        /** 200: Baku said the completion is recorded. */
        ACKNOWLEDGED,
        /** No answer (connection cut, timeout) or a server error: recorded or not, the client cannot tell. */
        UNKNOWN
    }

    /** One completion request: who sent it, for which step execution, with which body. */
    record Completion(String pemda, long runId, long stepId, String username, String token, Map<String, Object> body,
                      Outcome outcome, String answer) {
    }

    private final List<Completion> completions = new ArrayList<>();

    /** Adds every completion of another ledger, e.g. of an earlier load. */
    void addAll(Ledger other) {
        List<Completion> theirs;
        synchronized (other) {
            theirs = List.copyOf(other.completions);
        }
        synchronized (this) {
            completions.addAll(theirs);
        }
    }

    synchronized void add(Completion completion) {
        completions.add(completion);
        notifyAll();
    }

    synchronized List<Completion> acknowledged() {
        return completions.stream().filter(c -> c.outcome() == Outcome.ACKNOWLEDGED).toList();
    }

    synchronized List<Completion> unknown() {
        return completions.stream().filter(c -> c.outcome() == Outcome.UNKNOWN).toList();
    }

    /** Waits until {@code count} completions are acknowledged; false when the time is up first. */
    synchronized boolean awaitAcknowledged(int count, long timeoutMillis, java.util.function.BooleanSupplier giveUp)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (acknowledged().size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || giveUp.getAsBoolean()) {
                return false;
            }
            wait(Math.min(left, 200));
        }
        return true;
    }

    synchronized String summary() {
        return acknowledged().size() + " acknowledged, " + unknown().size() + " without a known outcome";
    }
}
