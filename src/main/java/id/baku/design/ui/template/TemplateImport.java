package id.baku.design.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.baku.design.TemplateService;
import id.baku.design.TemplateVersionRecord;
import id.baku.shared.InvalidInputException;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UploadTexts;
import id.baku.shared.yaml.YamlDataException;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/** "Impor template": a template file shared by another pemda becomes a new template here. */
public final class TemplateImport {

    private TemplateImport() {
    }

    public static void open(Component owner, TemplateService templates, Consumer<TemplateVersionRecord> imported) {
        Dialog dialog = new Dialog();
        dialog.setId("template-import-dialog");
        dialog.setHeaderTitle(owner.getTranslation("templates.import"));
        dialog.setWidth("min(560px, 96vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> owner.getUI().ifPresent(ui -> ui.access(() -> {
            try {
                TemplateVersionRecord created = templates.importYaml(metadata.fileName(), new ByteArrayInputStream(bytes));
                dialog.close();
                Feedback.success(owner.getTranslation("templates.imported", created.definition().name()));
                imported.accept(created);
            } catch (YamlDataException e) {
                Feedback.error(e.describe(TemplateTexts.locale()));
            } catch (InvalidInputException e) {
                Feedback.error(TemplateTexts.message(owner, e.messageKey(), e.args()));
            } catch (RuntimeException e) {
                Feedback.attempt(owner, () -> {
                    throw e;
                });
            }
        }))));
        upload.setId("template-import-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.addFileRejectedListener(e -> Feedback.error(owner.getTranslation("templates.import.rejected")));
        UploadTexts.apply(upload);
        upload.setWidthFull();
        Button close = new Button(owner.getTranslation("action.close"), e -> dialog.close());
        close.setId("template-import-close");
        dialog.add(new Paragraph(owner.getTranslation("templates.import.help")), upload);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
