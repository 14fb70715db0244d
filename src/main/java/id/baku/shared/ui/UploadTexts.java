package id.baku.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The Upload component's own texts in the user's language (it ships English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-one"))
                .setMany(upload.getTranslation("upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-one"))
                .setMany(upload.getTranslation("upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type")));
        upload.setI18n(i18n);
    }
}
