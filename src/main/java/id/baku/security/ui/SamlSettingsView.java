package id.baku.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.baku.security.AppRoles;
import id.baku.security.SamlOverview;
import id.baku.security.SamlSettingsForm;
import id.baku.security.SamlSettingsService;
import id.baku.security.SsoMatch;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UploadTexts;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** SSO SAML: the tenant admin connects the pemda's identity provider and sees Baku's SP side. */
@Route("admin/sso")
@Menu(title = "saml.title", order = 19.5, icon = "vaadin:key")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class SamlSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final SamlSettingsService service;
    private SamlOverview overview;

    private final Checkbox enabled = new Checkbox();
    private final TextArea metadata = new TextArea();
    private final Select<SsoMatch> match = new Select<>();
    private final TextField matchAttribute = new TextField();
    private final TextField nameAttribute = new TextField();
    private final TextField roleAttribute = new TextField();
    private final TextArea roleMapping = new TextArea();
    private final TextField positionAttribute = new TextField();
    private final TextArea positionMapping = new TextArea();
    private final Checkbox jit = new Checkbox();
    private final Checkbox passwordOff = new Checkbox();
    private final Checkbox idpInitiated = new Checkbox();
    private final TextField breakGlass = new TextField();
    private final VerticalLayout sp = new VerticalLayout();

    public SamlSettingsView(SamlSettingsService service) {
        this.service = service;
        addClassName("admin-view");
        enabled.setLabel(getTranslation("saml.enabled"));
        enabled.setId("saml-enabled");
        metadata.setLabel(getTranslation("saml.metadata"));
        metadata.setId("saml-metadata");
        metadata.setWidthFull();
        metadata.setMaxHeight("16em");
        match.setLabel(getTranslation("saml.match"));
        match.setItems(SsoMatch.values());
        match.setItemLabelGenerator(m -> getTranslation("saml.match." + m.name()));
        match.setId("saml-match");
        matchAttribute.setLabel(getTranslation("saml.match-attribute"));
        matchAttribute.setId("saml-match-attribute");
        nameAttribute.setLabel(getTranslation("saml.name-attribute"));
        roleAttribute.setLabel(getTranslation("saml.role-attribute"));
        roleMapping.setLabel(getTranslation("saml.role-mapping"));
        roleMapping.setHelperText(getTranslation("saml.mapping.help"));
        positionAttribute.setLabel(getTranslation("saml.position-attribute"));
        positionMapping.setLabel(getTranslation("saml.position-mapping"));
        positionMapping.setHelperText(getTranslation("saml.mapping.help"));
        jit.setLabel(getTranslation("saml.jit"));
        jit.setId("saml-jit");
        passwordOff.setLabel(getTranslation("saml.password-off"));
        passwordOff.setId("saml-password-off");
        idpInitiated.setLabel(getTranslation("saml.idp-initiated"));
        idpInitiated.setHelperText(getTranslation("saml.idp-initiated.help"));
        idpInitiated.setId("saml-idp-initiated");
        breakGlass.setLabel(getTranslation("saml.break-glass"));
        breakGlass.setId("saml-break-glass");

        Upload upload = new Upload(UploadHandler.inMemory((file, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> metadata.setValue(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setAcceptedFileTypes("application/xml", "text/xml", ".xml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200_000);
        upload.setId("saml-metadata-upload");
        UploadTexts.apply(upload);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(enabled, 2);
        form.add(metadata, 2);
        form.add(upload, 2);
        form.add(match, matchAttribute, nameAttribute, new Paragraph());
        form.add(roleAttribute, roleMapping, positionAttribute, positionMapping);
        form.add(jit, 2);
        form.add(passwordOff, breakGlass);
        form.add(idpInitiated, 2);

        Button save = new Button(getTranslation("saml.save"), e -> save());
        save.setId("saml-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rotate = new Button(getTranslation("saml.rotate"), e -> {
            if (Feedback.attempt(this, () -> overview = service.rotateKey())) {
                Feedback.success(getTranslation("saml.rotated"));
                showSp();
            }
        });
        rotate.setId("saml-rotate");
        sp.setPadding(false);
        sp.setId("saml-sp");
        add(new H2(getTranslation("saml.title")), form, save, new H3(getTranslation("saml.sp")), sp, rotate);
        overview = service.overview();
        fill(overview.settings());
        showSp();
    }

    private void fill(SamlSettingsForm s) {
        enabled.setValue(s.enabled());
        metadata.setValue(orEmpty(s.idpMetadataXml()));
        match.setValue(s.match());
        matchAttribute.setValue(orEmpty(s.matchAttribute()));
        nameAttribute.setValue(orEmpty(s.nameAttribute()));
        roleAttribute.setValue(orEmpty(s.roleAttribute()));
        roleMapping.setValue(orEmpty(s.roleMapping()));
        positionAttribute.setValue(orEmpty(s.positionAttribute()));
        positionMapping.setValue(orEmpty(s.positionMapping()));
        jit.setValue(s.jitEnabled());
        passwordOff.setValue(s.passwordLoginDisabled());
        idpInitiated.setValue(s.idpInitiatedAllowed());
        breakGlass.setValue(orEmpty(s.breakGlassUsername()));
    }

    private void save() {
        SamlSettingsForm form = new SamlSettingsForm(enabled.getValue(), metadata.getValue(), match.getValue(),
                matchAttribute.getValue(), nameAttribute.getValue(), roleAttribute.getValue(), roleMapping.getValue(),
                positionAttribute.getValue(), positionMapping.getValue(), jit.getValue(), passwordOff.getValue(),
                breakGlass.getValue(), idpInitiated.getValue(), overview.settings().version());
        Map<String, HasValidation> fields = Map.of("idpMetadataXml", metadata, "match", match,
                "roleMapping", roleMapping, "positionMapping", positionMapping, "breakGlassUsername", breakGlass,
                "matchAttribute", matchAttribute);
        if (Feedback.attempt(this, fields, () -> overview = service.save(form))) {
            Feedback.success(getTranslation("saml.saved"));
            fill(overview.settings());
            showSp();
        }
    }

    private void showSp() {
        sp.removeAll();
        if (overview.idpEntityId() != null) {
            sp.add(new Paragraph(getTranslation("saml.idp", overview.idpEntityId())));
        }
        sp.add(new Paragraph(getTranslation("saml.sp.entity-id") + ": " + overview.spEntityId()),
                new Paragraph(getTranslation("saml.sp.acs") + ": " + overview.acsUrl()),
                new Paragraph(getTranslation("saml.sp.metadata") + ": " + overview.spMetadataUrl()));
        if (overview.certificatePem() == null) {
            sp.add(new Paragraph(getTranslation("saml.sp.none")));
        } else {
            Pre certificate = new Pre(overview.certificatePem());
            certificate.setId("saml-certificate");
            sp.add(new Paragraph(getTranslation("saml.sp.certificate") + " — " + getTranslation("saml.sp.expires",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(overview.certificateExpiresAt().atZone(ZoneOffset.UTC)))),
                    certificate);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("saml.title") + " · Baku";
    }
}
