package id.baku.report;

import id.baku.tenant.PaperSize;
import net.sf.jasperreports.components.list.ListComponent;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignComponentElement;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.components.list.DesignListContents;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JRXML templates of {@code reports/}, compiled once per paper on first use and kept. The
 * templates are drawn for A4; another paper gets the same layout stretched to its width (fonts
 * keep their size), so F4 gives the flowchart and the texts more room.
 */
@Component
public class SheetTemplates {

    /** The official sheet, landscape. */
    static final String SHEET = "sop-sheet";
    /** The Daftar SOP of a unit, portrait. */
    static final String REGISTER = "sop-register";
    /** The compliance report, portrait. */
    static final String COMPLIANCE = "compliance-report";
    /** The Formulir Monitoring Pelaksanaan SOP AP, landscape. */
    static final String MONITORING = "monitoring-form";
    /** The Formulir Evaluasi SOP AP, portrait. */
    static final String EVALUATION = "evaluation-form";

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Compiles on first use; concurrent callers for the same report wait for the one compilation. */
    JasperReport report(String name, PaperSize paper) {
        return compiled.computeIfAbsent(name + "/" + paper.name(), key -> compile(name, paper));
    }

    private static JasperReport compile(String name, PaperSize paper) {
        try (InputStream in = SheetTemplates.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("report template reports/" + name + ".jrxml is missing");
            }
            JasperDesign design = JRXmlLoader.load(in);
            fit(design, paper);
            return JasperCompileManager.compileReport(design);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("report template reports/" + name + ".jrxml does not compile", e);
        }
    }

    /** Sets the paper, keeping the orientation and margins of the template, and stretches everything to its width. */
    private static void fit(JasperDesign design, PaperSize paper) {
        boolean landscape = design.getPageWidth() > design.getPageHeight();
        int longSide = (int) Math.round(paper.heightMm() * POINTS_PER_MM);
        int shortSide = (int) Math.round(paper.widthMm() * POINTS_PER_MM);
        int width = landscape ? longSide : shortSide;
        int height = landscape ? shortSide : longSide;
        int oldContent = design.getPageWidth() - design.getLeftMargin() - design.getRightMargin();
        int newContent = width - design.getLeftMargin() - design.getRightMargin();
        int bottomGrowth = height - design.getPageHeight();
        design.setPageWidth(width);
        design.setPageHeight(height);
        design.setColumnWidth(newContent);
        if (newContent == oldContent && bottomGrowth == 0) {
            return;
        }
        double factor = (double) newContent / oldContent;
        for (JRBand band : bands(design)) {
            for (JRElement element : band.getElements()) {
                scale((JRDesignElement) element, factor);
            }
        }
        if (design.getBackground() != null) {
            ((net.sf.jasperreports.engine.design.JRDesignBand) design.getBackground())
                    .setHeight(design.getBackground().getHeight() + bottomGrowth);
        }
    }

    private static List<JRBand> bands(JasperDesign design) {
        List<JRBand> bands = new ArrayList<>();
        for (JRBand band : new JRBand[]{design.getBackground(), design.getTitle(), design.getPageHeader(),
                design.getColumnHeader(), design.getColumnFooter(), design.getPageFooter(), design.getLastPageFooter(),
                design.getSummary(), design.getNoData()}) {
            if (band != null) {
                bands.add(band);
            }
        }
        section(design.getDetailSection(), bands);
        for (JRGroup group : design.getGroups()) {
            section(group.getGroupHeaderSection(), bands);
            section(group.getGroupFooterSection(), bands);
        }
        return bands;
    }

    private static void section(JRSection section, List<JRBand> bands) {
        if (section != null && section.getBands() != null) {
            bands.addAll(List.of(section.getBands()));
        }
    }

    /** Neighbouring cells stay flush: both edges are scaled and rounded, not the width alone. */
    private static void scale(JRDesignElement element, double factor) {
        int left = (int) Math.round(element.getX() * factor);
        int right = (int) Math.round((element.getX() + element.getWidth()) * factor);
        element.setX(left);
        element.setWidth(right - left);
        if (element instanceof JRDesignFrame frame) {
            for (JRElement child : frame.getElements()) {
                scale((JRDesignElement) child, factor);
            }
        }
        if (element instanceof JRDesignComponentElement component && component.getComponent() instanceof ListComponent list
                && list.getContents() instanceof DesignListContents contents) {
            if (contents.getWidth() != null) {
                contents.setWidth((int) Math.round(contents.getWidth() * factor));
            }
            for (JRElement child : contents.getElements()) {
                scale((JRDesignElement) child, factor);
            }
        }
    }
}
