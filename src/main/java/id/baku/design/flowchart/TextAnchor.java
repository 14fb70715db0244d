package id.baku.design.flowchart;

/** Which end of a label sits at its anchor point, as SVG's text-anchor: START grows right, END grows left. */
public enum TextAnchor {
    START, END
}
