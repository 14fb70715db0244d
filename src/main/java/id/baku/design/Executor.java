package id.baku.design;

/**
 * A Pelaksana column: a jabatan of the tenant ({@code positionId}) or a free label such as
 * "Tim Kreatif (Konten Kreator, Tim Editor/Tim Desain Grafis dan Admin Media Sosial)".
 * {@code label} is always the header text as printed.
 */
public record Executor(Long positionId, String label) {
}
