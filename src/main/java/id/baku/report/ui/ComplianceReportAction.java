package id.baku.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.baku.compliance.ComplianceExtension;
import id.baku.compliance.ComplianceFilter;
import id.baku.report.PdfFile;
import id.baku.report.ReportService;

import java.io.ByteArrayInputStream;
import java.util.List;

/** "Unduh laporan PDF" on the compliance dashboard: the compliance report of the figures on screen. */
@org.springframework.stereotype.Component
class ComplianceReportAction implements ComplianceExtension {

    private final ReportService reports;

    ComplianceReportAction(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<Component> actions(ComplianceFilter filter) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PdfFile pdf = reports.complianceReport(filter);
            return new DownloadResponse(new ByteArrayInputStream(pdf.bytes()), pdf.fileName(), "application/pdf",
                    pdf.bytes().length);
        }), "");
        link.getElement().setAttribute("download", true);
        link.setId("compliance-report");
        Button button = new Button(UI.getCurrent().getTranslation("report.compliance.download"), VaadinIcon.FILE_TEXT.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.add(button);
        return List.of(link);
    }
}
