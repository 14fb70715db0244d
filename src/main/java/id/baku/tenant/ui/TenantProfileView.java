package id.baku.tenant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UploadTexts;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TenantService;
import id.baku.tenant.TimeZoneCode;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Profil pemda: name, kop surat (letterhead) with a live preview, logo, time zone, paper, Nomor SOP pattern. */
@Route("admin/profile")
@Menu(title = "menu.profile", order = 19, icon = "vaadin:institution")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class TenantProfileView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private TenantProfile profile;

    private final TextField name = new TextField();
    private final Select<TenantKind> kind = new Select<>();
    private final TextArea letterhead = new TextArea();
    private final TextArea address = new TextArea();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField website = new TextField();
    private final Select<TimeZoneCode> timeZone = new Select<>();
    private final Select<PaperSize> paperSize = new Select<>();
    private final TextField sopNumberPattern = new TextField();
    private final com.vaadin.flow.component.textfield.IntegerField reviewPeriod =
            new com.vaadin.flow.component.textfield.IntegerField();
    private final Div kop = new Div();
    private final Div logoBox = new Div();

    public TenantProfileView(TenantService tenants) {
        this.tenants = tenants;
        addClassName("admin-view");
        profile = tenants.currentProfile();

        name.setLabel(getTranslation("profile.name"));
        name.setHelperText(getTranslation("profile.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setLabel(getTranslation("profile.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        letterhead.setLabel(getTranslation("profile.letterhead"));
        letterhead.setHelperText(getTranslation("profile.letterhead.help"));
        letterhead.setRequiredIndicatorVisible(true);
        letterhead.setId("profile-letterhead");
        address.setLabel(getTranslation("profile.address"));
        address.setMaxLength(500);
        phone.setLabel(getTranslation("profile.phone"));
        phone.setMaxLength(100);
        email.setLabel(getTranslation("profile.email"));
        website.setLabel(getTranslation("profile.website"));
        website.setMaxLength(150);
        timeZone.setLabel(getTranslation("profile.time-zone"));
        timeZone.setItems(TimeZoneCode.values());
        timeZone.setItemLabelGenerator(z -> getTranslation("time-zone." + z.name().toLowerCase(Locale.ROOT)));
        paperSize.setLabel(getTranslation("profile.paper-size"));
        paperSize.setItems(PaperSize.values());
        paperSize.setItemLabelGenerator(p -> getTranslation("paper." + p.name().toLowerCase(Locale.ROOT)));
        sopNumberPattern.setLabel(getTranslation("profile.sop-number-pattern"));
        sopNumberPattern.setHelperText(getTranslation("profile.sop-number-pattern.help"));
        sopNumberPattern.setRequiredIndicatorVisible(true);
        sopNumberPattern.setMaxLength(200);
        reviewPeriod.setLabel(getTranslation("profile.review-period"));
        reviewPeriod.setHelperText(getTranslation("profile.review-period.help"));
        reviewPeriod.setMin(1);
        reviewPeriod.setMax(60);
        reviewPeriod.setStepButtonsVisible(true);
        reviewPeriod.setId("profile-review-period");
        for (var field : Arrays.asList(letterhead, address, phone)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        letterhead.addValueChangeListener(e -> updateKop());
        address.addValueChangeListener(e -> updateKop());
        phone.addValueChangeListener(e -> updateKop());
        email.addValueChangeListener(e -> updateKop());
        website.addValueChangeListener(e -> updateKop());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(name, kind);
        form.add(letterhead, 2);
        form.add(address, 2);
        form.add(phone, email, website, timeZone, paperSize, sopNumberPattern, reviewPeriod);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        kop.addClassName("kop-preview");
        kop.setId("kop-preview");
        logoBox.addClassName("logo-box");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // runs on the upload request: take the session lock before touching components
            getUI().ifPresent(ui -> ui.access(() -> {
                if (Feedback.attempt(this, () -> tenants.updateLogo(bytes, metadata.contentType()))) {
                    ui.getPage().reload();
                }
            }));
        }));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.addFileRejectedListener(e -> Feedback.error(getTranslation("profile.logo.rejected")));
        upload.setId("logo-upload");
        UploadTexts.apply(upload);
        Button removeLogo = new Button(getTranslation("profile.logo.remove"), e -> {
            if (Feedback.attempt(this, tenants::removeLogo)) {
                UI.getCurrent().getPage().reload();
            }
        });
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeLogo.setVisible(profile.hasLogo());
        VerticalLayout logo = new VerticalLayout(new H3(getTranslation("profile.logo")),
                new Paragraph(getTranslation("profile.logo.help")), logoBox, upload, removeLogo);
        logo.setPadding(false);

        VerticalLayout preview = new VerticalLayout(new H3(getTranslation("profile.kop-preview")), kop, logo);
        preview.setPadding(false);
        preview.addClassName("profile-aside");
        form.addClassName("profile-form");
        HorizontalLayout columns = new HorizontalLayout(form, preview);
        columns.setWidthFull();
        columns.setWrap(true);
        columns.setAlignItems(FlexComponent.Alignment.START);

        add(new H2(getTranslation("menu.profile")), new Paragraph(getTranslation("profile.intro")), columns, save);
        show(profile);
    }

    private void show(TenantProfile p) {
        name.setValue(p.name());
        kind.setValue(p.kind());
        letterhead.setValue(String.join("\n", p.letterhead()));
        address.setValue(nz(p.address()));
        phone.setValue(nz(p.phone()));
        email.setValue(nz(p.email()));
        website.setValue(nz(p.website()));
        timeZone.setValue(p.timeZone());
        paperSize.setValue(p.paperSize());
        sopNumberPattern.setValue(p.sopNumberPattern());
        reviewPeriod.setValue(p.reviewPeriodMonths());
        logoBox.removeAll();
        if (p.hasLogo()) {
            Image image = new Image("api/tenant/logo?v=" + p.version() + "-" + System.identityHashCode(this),
                    getTranslation("shell.logo-alt", p.name()));
            image.addClassName("logo-preview");
            logoBox.add(image);
        } else {
            logoBox.add(new Span(getTranslation("profile.logo.none")));
        }
        updateKop();
    }

    /** The kop as the official sheet prints it: letterhead lines, then address and phone, then e-mail and website. */
    private void updateKop() {
        kop.removeAll();
        if (profile.hasLogo()) {
            Image logo = new Image("api/tenant/logo?v=" + profile.version(), "");
            logo.addClassName("kop-logo");
            kop.add(logo);
        }
        Div lines = new Div();
        lines.addClassName("kop-lines");
        kop.add(lines);
        letterhead.getValue().lines().filter(l -> !l.isBlank()).forEach(line -> {
            Div text = new Div(line.strip());
            text.addClassName("kop-line");
            lines.add(text);
        });
        String contact = String.join(" ", address.getValue().strip(),
                phone.getValue().isBlank() ? "" : getTranslation("profile.kop-phone", phone.getValue().strip())).strip();
        if (!contact.isEmpty()) {
            Div line = new Div(contact);
            line.addClassName("kop-contact");
            lines.add(line);
        }
        String online = java.util.stream.Stream.of(email.getValue().strip(), website.getValue().strip())
                .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.joining(" · "));
        if (!online.isEmpty()) {
            Div line = new Div(online);
            line.addClassName("kop-contact");
            lines.add(line);
        }
    }

    private void save() {
        boolean saved = Feedback.attempt(this, Map.of("name", name, "letterhead", letterhead, "address", address,
                "phone", phone, "email", email, "website", website, "sopNumberPattern", sopNumberPattern,
                "reviewPeriodMonths", reviewPeriod), () -> {
            profile = tenants.updateProfile(new TenantProfile(profile.id(), profile.code(), name.getValue(), kind.getValue(),
                    address.getValue(), phone.getValue(), email.getValue(), website.getValue(),
                    letterhead.getValue().lines().toList(), timeZone.getValue(), paperSize.getValue(),
                    sopNumberPattern.getValue(), profile.hasLogo(), profile.version(),
                    reviewPeriod.getValue() == null ? 0 : reviewPeriod.getValue()));
        });
        if (saved) {
            show(profile);
            Feedback.success(getTranslation("profile.saved"));
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.profile") + " · Baku";
    }
}
