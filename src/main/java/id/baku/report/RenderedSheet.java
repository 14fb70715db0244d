package id.baku.report;

import id.baku.design.flowchart.Flowchart;

import java.util.List;

/**
 * A printed sheet: the PDF and, for each page of the step table, the part of the flowchart drawn on it
 * (its geometry and the SVG laid into the PDF).
 *
 * @param flowchartPages in page order; empty for an SOP without steps
 */
public record RenderedSheet(byte[] pdf, int pageCount, List<FlowchartPage> flowchartPages) {

    public record FlowchartPage(int pageNumber, Flowchart chart, String svg) {
    }
}
