package id.baku.compliance.domain;

/** Executions of a step that took a given tenth of its Waktu, summed over a period's months. */
public record BucketTotal(long sopId, int step, int bucket, long executions) {
}
