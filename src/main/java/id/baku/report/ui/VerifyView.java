package id.baku.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.baku.ratification.PublicVersion;
import id.baku.ratification.Signature;
import id.baku.report.ReportService;
import id.baku.report.SheetVerificationResult;
import id.baku.shared.IndonesianDates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The page a printed sheet's QR code opens, for anyone (no sign-in): whether that exact version is
 * ratified, by whom, in force since when, and whether a newer revision or a retirement ended it.
 * A code can also be typed in.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyView(ReportService reports) {
        this.reports = reports;
        addClassName("verify-view");
        setAlignItems(Alignment.CENTER);
        Div card = new Div();
        card.addClassName("verify-card");
        H1 title = new H1(getTranslation("report.verify.title"));
        Paragraph intro = new Paragraph(getTranslation("report.verify.intro"));
        code.setId("verify-code");
        code.setLabel(getTranslation("report.verify.code"));
        code.setPlaceholder("XXXXX-XXXXX");
        code.setMaxLength(20);
        Button check = new Button(getTranslation("report.verify.check"), e -> check());
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> check());
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(Alignment.BASELINE);
        result.setId("verify-result");
        card.add(new Span("Baku"), title, intro, form, result);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(value -> {
            code.setValue(value);
            show(value);
        });
    }

    private void check() {
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        if (typed.isEmpty()) {
            code.setErrorMessage(getTranslation("report.verify.required"));
            code.setInvalid(true);
            return;
        }
        code.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate("verify/" + typed.replace(" ", "")));
    }

    private void show(String value) {
        result.removeAll();
        Optional<SheetVerificationResult> found = reports.verify(value);
        if (found.isEmpty()) {
            result.add(verdict("unknown", getTranslation("report.verify.unknown.title"),
                    getTranslation("report.verify.unknown", value)));
            return;
        }
        SheetVerificationResult r = found.get();
        PublicVersion v = r.version();
        Component verdict = switch (v.status()) {
            case EFFECTIVE -> verdict("valid", getTranslation("report.verify.effective.title"),
                    v.effectiveOn() == null ? getTranslation("report.verify.effective.undated")
                            : getTranslation("report.verify.effective", date(v.effectiveOn())));
            case RATIFIED -> verdict("valid", getTranslation("report.verify.ratified.title"),
                    getTranslation("report.verify.ratified", date(v.effectiveOn())));
            case SUPERSEDED -> verdict("void", getTranslation("report.verify.superseded.title"),
                    v.successor() == null ? getTranslation("report.verify.superseded.unknown")
                            : getTranslation("report.verify.superseded", v.successor().revision() - 1,
                            v.successor().number() == null ? "-" : v.successor().number(), date(v.successor().effectiveOn())));
            case RETIRED -> verdict("void", getTranslation("report.verify.retired.title"),
                    getTranslation("report.verify.retired", v.retiredAt() == null ? "-"
                            : date(LocalDate.ofInstant(v.retiredAt(), r.zone()))));
            default -> verdict("void", getTranslation("report.verify.unsigned.title"),
                    getTranslation("report.verify.unsigned"));
        };
        result.add(verdict);
        Div facts = new Div();
        facts.addClassName("verify-facts");
        fact(facts, "report.verify.pemda", r.pemda());
        fact(facts, "report.verify.number", v.number() == null ? "-" : v.number());
        fact(facts, "report.verify.sop", v.title());
        fact(facts, "report.verify.revision", v.revision() <= 1 ? getTranslation("report.verify.first-issue")
                : String.valueOf(v.revision() - 1));
        fact(facts, "report.verify.effective-on", date(v.effectiveOn()));
        Signature s = v.signature();
        if (s != null) {
            String signer = (s.positionTitle() == null ? "" : s.positionTitle() + " — ") + s.signerName()
                    + (s.signerNip() == null ? "" : " (NIP " + s.signerNip() + ")");
            fact(facts, "report.verify.signed-by", signer);
            fact(facts, "report.verify.signed-on", date(LocalDate.ofInstant(s.signedAt(), r.zone())));
        } else {
            fact(facts, "report.verify.signed-by", getTranslation("report.verify.no-signature"));
        }
        fact(facts, "report.verify.code", r.code());
        result.add(facts);
        if (s != null && !s.intact()) {
            result.add(verdict("void", getTranslation("report.verify.tampered.title"),
                    getTranslation("report.verify.tampered")));
        }
    }

    private Component verdict(String kind, String title, String text) {
        Div box = new Div(new H2(title), new Paragraph(text));
        box.addClassNames("verify-verdict", "verify-" + kind);
        box.getElement().setAttribute("data-verdict", kind);
        return box;
    }

    private void fact(Div facts, String labelKey, String value) {
        Div row = new Div(new Span(getTranslation(labelKey)), new Span(value == null ? "-" : value));
        row.addClassName("verify-fact");
        facts.add(row);
    }

    private String date(LocalDate date) {
        return date == null ? "-" : IndonesianDates.format(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.verify.title") + " — Baku";
    }
}
