package id.baku.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.baku.compliance.Evaluation;
import id.baku.compliance.Monitoring;
import id.baku.compliance.MonevExtension;
import id.baku.report.PdfFile;
import id.baku.report.ReportService;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/** "Unduh PDF" on the monitoring and evaluation forms: the Permenpan form as it stands (a draft until signed). */
@org.springframework.stereotype.Component
class MonevPrintActions implements MonevExtension {

    private final ReportService reports;

    MonevPrintActions(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<Component> monitoringActions(Monitoring monitoring) {
        return List.of(download("monitoring-pdf", () -> reports.monitoringForm(monitoring.id())));
    }

    @Override
    public List<Component> evaluationActions(Evaluation evaluation) {
        return List.of(download("evaluation-pdf", () -> reports.evaluationForm(evaluation.id())));
    }

    private static Component download(String id, Supplier<PdfFile> pdf) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PdfFile file = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), "application/pdf",
                    file.bytes().length);
        }), "");
        link.getElement().setAttribute("download", true);
        link.setId(id);
        link.add(new Button(UI.getCurrent().getTranslation("monev.download-pdf"), VaadinIcon.DOWNLOAD.create()));
        return link;
    }
}
