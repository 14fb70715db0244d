package id.baku.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.baku.compliance.CriterionAnswer;
import id.baku.compliance.Evaluation;
import id.baku.compliance.EvaluationInput;
import id.baku.compliance.EvaluationService;
import id.baku.compliance.MonevExtension;
import id.baku.compliance.Recommendation;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UnsavedChanges;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Formulir Evaluasi SOP AP: the seven criteria answered Ya/Tidak with notes beside the year's figures
 * and monitoring results, the recommendation, and once signed, carrying it out (revisi or cabut).
 */
@Route("evaluation/:id")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
public class EvaluationFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final EvaluationService evaluations;
    private final List<MonevExtension> extensions;
    private final ZoneId zone;
    private final List<RadioButtonGroup<Boolean>> answers = new ArrayList<>();
    private final List<TextField> notes = new ArrayList<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private Evaluation form;
    private boolean dirty;

    public EvaluationFormView(EvaluationService evaluations, TenantService tenants, List<MonevExtension> extensions) {
        this.evaluations = evaluations;
        this.extensions = extensions;
        this.zone = tenants.currentProfile().timeZone().zone();
        addClassName("monev-form");
        setWidthFull();
        UnsavedChanges.guard(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(EvaluationListView.class);
            return;
        }
        load(id);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            UnsavedChanges.confirmLeave(event, this, "unsaved-dialog", "monev.unsaved.title", "monev.unsaved.text",
                    "monev.unsaved.stay", "monev.unsaved.leave");
        }
    }

    private void load(long id) {
        Evaluation[] loaded = new Evaluation[1];
        if (!Feedback.attempt(this, () -> loaded[0] = evaluations.evaluation(id))) {
            removeAll();
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        show(loaded[0]);
    }

    private void show(Evaluation e) {
        form = e;
        removeAll();
        answers.clear();
        notes.clear();
        markDirty(false);
        add(new Anchor("evaluation", getTranslation("evaluation.back")));
        add(new H2(getTranslation("evaluation.form.title", e.sopTitle(), String.valueOf(e.year()))));
        add(new Paragraph(getTranslation("evaluation.form.sop", e.sopNumber() == null ? "\u2013" : e.sopNumber(),
                e.unitName())));
        add(new Paragraph(status(e)));
        Div basis = new Div();
        basis.setId("evaluation-basis");
        basis.addClassName("monev-evidence");
        e.basis(this::getTranslation).forEach(line -> basis.add(new Paragraph(line)));
        add(new H3(getTranslation("evaluation.basis")), basis);

        add(new H3(getTranslation("report.evaluation.criterion")));
        for (CriterionAnswer a : e.answers()) {
            RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
            answer.setItems(Boolean.TRUE, Boolean.FALSE);
            answer.setItemLabelGenerator(b -> getTranslation(b ? "evaluation.yes" : "evaluation.no"));
            answer.setValue(a.yes());
            answer.addClassName("evaluation-answer");
            answer.setReadOnly(!e.mayEdit());
            answer.addValueChangeListener(x -> markDirty(true));
            TextField note = new TextField();
            note.setPlaceholder(getTranslation("evaluation.note"));
            note.setValue(Objects.requireNonNullElse(a.note(), ""));
            note.setMaxLength(2000);
            note.setWidth("30em");
            note.addClassName("evaluation-note");
            note.setReadOnly(!e.mayEdit());
            note.addValueChangeListener(x -> markDirty(true));
            answers.add(answer);
            notes.add(note);
            Span label = new Span(a.criterion().number() + ". " + getTranslation(a.criterion().labelKey()));
            label.setWidth("26em");
            HorizontalLayout row = new HorizontalLayout(label, answer, note);
            row.setId("criterion-" + a.criterion().number());
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }

        recommendation.setLabel(getTranslation("evaluation.recommendation"));
        recommendation.setId("evaluation-recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        recommendation.setValue(e.recommendation());
        recommendation.setReadOnly(!e.mayEdit());
        recommendation.addValueChangeListener(x -> markDirty(true));
        reason.setLabel(getTranslation("evaluation.recommendation.note"));
        reason.setId("evaluation-reason");
        reason.setHelperText(getTranslation("evaluation.recommendation.help"));
        reason.setValue(Objects.requireNonNullElse(e.recommendationNote(), ""));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setReadOnly(!e.mayEdit());
        reason.addValueChangeListener(x -> {
            markDirty(true);
            reason.setInvalid(false);
        });
        add(recommendation, reason);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        if (e.mayEdit()) {
            Button save = new Button(getTranslation("action.save"), x -> save());
            save.setId("evaluation-save");
            Button sign = new Button(getTranslation("monev.sign"), x -> Confirm.action(this, "evaluation-sign-dialog", "monev.sign",
                    "evaluation.sign.text", () -> {
                        Evaluation[] signed = new Evaluation[1];
                        if (Feedback.attempt(this, Map.of("recommendation", recommendation, "recommendationNote", reason),
                                () -> signed[0] = evaluations.finalise(form.id(), form.version(), input()))) {
                            Feedback.success(getTranslation("monev.signed"));
                            show(signed[0]);
                        }
                    }));
            sign.setId("evaluation-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save, sign);
        }
        if (e.mayRevise()) {
            Button revise = new Button(getTranslation("evaluation.start-revision"), x -> {
                long[] revision = new long[1];
                if (Feedback.attempt(this, () -> revision[0] = evaluations.startRevision(form.id()))) {
                    Feedback.success(getTranslation("evaluation.revision-started"));
                    getUI().ifPresent(ui -> ui.navigate("sop/" + form.sopId()));
                }
            });
            revise.setId("evaluation-revise");
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(revise);
        }
        if (e.mayRetire()) {
            Button retire = new Button(getTranslation("evaluation.retire"), x -> Confirm.action(this, "evaluation-retire-dialog",
                    "evaluation.retire", "evaluation.retire.text", () -> {
                        if (Feedback.attempt(this, () -> evaluations.retire(form.id()))) {
                            Feedback.success(getTranslation("evaluation.retired"));
                            load(form.id());
                        }
                    }));
            retire.setId("evaluation-retire");
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            actions.add(retire);
        }
        if (e.revisionVersionId() != null) {
            actions.add(new Anchor("sop/" + e.sopId(), getTranslation("evaluation.open-revision")));
        }
        extensions.forEach(x -> x.evaluationActions(e).forEach(actions::add));
        add(actions);
    }

    private EvaluationInput input() {
        List<CriterionAnswer> given = new ArrayList<>();
        for (int i = 0; i < form.answers().size(); i++) {
            given.add(new CriterionAnswer(form.answers().get(i).criterion(), answers.get(i).getValue(),
                    notes.get(i).getValue()));
        }
        return new EvaluationInput(given, recommendation.getValue(), reason.getValue());
    }

    private void save() {
        Evaluation[] saved = new Evaluation[1];
        if (Feedback.attempt(this, () -> saved[0] = evaluations.save(form.id(), form.version(), input()))) {
            Feedback.success(getTranslation("monev.saved"));
            show(saved[0]);
        }
    }

    private String status(Evaluation e) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", getLocale());
        String status;
        if (e.finalised()) {
            status = getTranslation("monev.signed-by", e.evaluatorName(), when.format(e.finalisedAt().atZone(zone)));
        } else {
            status = e.updatedAt() == null ? getTranslation("monev.status.draft")
                    : getTranslation("monev.saved-by", e.updatedByName(), when.format(e.updatedAt().atZone(zone)));
        }
        if (e.retired()) {
            status += " " + getTranslation("report.evaluation.retired");
        } else if (e.revisionVersionId() != null) {
            status += " " + getTranslation("report.evaluation.revision-started");
        }
        return status;
    }

    private void markDirty(boolean unsaved) {
        dirty = unsaved;
        UnsavedChanges.mark(this, unsaved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.evaluation") + " · Baku";
    }
}
