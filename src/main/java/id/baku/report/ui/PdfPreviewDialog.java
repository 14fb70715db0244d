package id.baku.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.baku.report.PdfFile;

import java.io.ByteArrayInputStream;

/**
 * A printed PDF shown in the browser's own PDF viewer (print from there), with a download button.
 * The PDF is made once when the dialog opens; preview and download serve the same bytes.
 */
class PdfPreviewDialog extends Dialog {

    PdfPreviewDialog(String title, String note, PdfFile file) {
        setHeaderTitle(title);
        setId("pdf-preview");
        addClassName("pdf-preview-dialog");
        setWidth("min(1100px, 96vw)");
        setHeight("92vh");
        IFrame frame = new IFrame(handler(file).inline());
        frame.setId("pdf-preview-frame");
        frame.getElement().setAttribute("title", title);
        frame.addClassName("pdf-preview-frame");
        if (note != null) {
            Paragraph hint = new Paragraph(note);
            hint.addClassName("pdf-preview-note");
            add(hint);
        }
        add(frame);
        Anchor download = new Anchor(handler(file), "");
        download.getElement().setAttribute("download", true);
        download.setId("pdf-download");
        Button downloadButton = new Button(getTranslation("report.ui.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        Button close = new Button(getTranslation("report.ui.close"), e -> close());
        close.setId("pdf-close");
        getFooter().add(close, download);
    }

    private static com.vaadin.flow.server.streams.InputStreamDownloadHandler handler(PdfFile file) {
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                file.fileName(), "application/pdf", file.bytes().length));
    }
}
