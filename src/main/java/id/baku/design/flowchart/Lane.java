package id.baku.design.flowchart;

/** One Pelaksana column: {@code column} is 1-based, {@code label} is the header as printed. */
public record Lane(int column, String label, double x, double width) {

    public double centre() {
        return x + width / 2;
    }
}
