package id.baku.design.flowchart;

/** The table row of one step. */
public record Row(int step, double y, double height) {

    public double bottom() {
        return y + height;
    }
}
