package id.baku.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.baku.design.DesignerExtension;
import id.baku.design.SopVersionRecord;
import id.baku.design.VersionStatus;
import id.baku.report.PdfFile;
import id.baku.report.ReportService;
import id.baku.shared.ui.Feedback;
import org.springframework.core.annotation.Order;

import java.util.List;

/** "Cetak" in the SOP designer: the official sheet of the version on screen, previewed and downloadable. */
@org.springframework.stereotype.Component
@Order(100)
class PrintActions implements DesignerExtension {

    private final ReportService reports;

    PrintActions(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<Component> actions(SopVersionRecord version, Context context) {
        Button print = new Button(UI.getCurrent().getTranslation("report.ui.print"), VaadinIcon.PRINT.create(),
                e -> open(context));
        print.setId("sop-print");
        print.setTooltipText(UI.getCurrent().getTranslation("report.ui.print.help"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return List.of(print);
    }

    /** Prints the version as last saved; unsaved edits on screen are not on the sheet, which the dialog says. */
    private void open(Context context) {
        UI ui = UI.getCurrent();
        SopVersionRecord saved = context.saved().get();
        PdfFile[] file = new PdfFile[1];
        if (!Feedback.attempt(ui, () -> file[0] = reports.sheetPdf(saved.versionId()))) {
            return;
        }
        String note = null;
        if (context.unsaved().getAsBoolean()) {
            note = ui.getTranslation("report.ui.print.unsaved");
        } else if (saved.status() == VersionStatus.DRAFT || saved.status() == VersionStatus.SUBMITTED
                || saved.status() == VersionStatus.REVIEWED) {
            note = ui.getTranslation("report.ui.print.draft");
        }
        String title = ui.getTranslation("report.ui.print.title", saved.content().title() == null ? "" : saved.content().title());
        new PdfPreviewDialog(title, note, file[0]).open();
    }
}
