/**
 * The Permenpan RB 35/2012 flowchart of an SOP: a layout engine that turns {@link id.baku.design.SopContent}
 * into plain geometry ({@link id.baku.design.flowchart.FlowchartLayout}), pagination with off-page connectors,
 * and an SVG writer for the designer preview and the printed sheet. Nothing here
 * knows about UI or PDF libraries.
 */
@NamedInterface("flowchart")
package id.baku.design.flowchart;

import org.springframework.modulith.NamedInterface;
