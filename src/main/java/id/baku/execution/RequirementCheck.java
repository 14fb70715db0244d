package id.baku.execution;

/** One Kelengkapan item of a step as checked when it was completed. */
public record RequirementCheck(String item, boolean present) {
}
