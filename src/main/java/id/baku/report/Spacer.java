package id.baku.report;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.SimpleDimension2D;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;

/**
 * An empty image of a given size, which sets the height of a step's row (scaleImage RealHeight) under the
 * flowchart laid over it. An empty SVG did the same, but Batik parsed it twice per row and printed sheet
 * (filling and exporting) — a quarter of a sheet's time; this one has nothing to parse or draw.
 */
final class Spacer extends AbstractRenderer implements DimensionRenderable, Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    private final double width;
    private final double height;

    Spacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new SimpleDimension2D(width, height);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        // Nothing: the cell's border is the image element's box, the flowchart is drawn over it.
    }
}
