package id.baku.design.ui.template;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.baku.design.FieldType;
import id.baku.design.PrintPlace;
import id.baku.design.SopProblem;
import id.baku.design.StandardField;
import id.baku.design.TemplateField;
import id.baku.shared.ui.LinesArea;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edits one identity field. A Permenpan field keeps its type and stays on: only its label, help
 * and print place change; an optional standard field can also be turned off; a custom field has
 * everything. Problems show on the dialog's own inputs as the admin types; "Terapkan" takes the
 * field into the template even with problems, so nothing typed is lost, and the template's
 * problem list keeps telling what is left to fix.
 */
public class FieldDialog extends Dialog {

    private final TextField label = new TextField();
    private final TextArea help = new TextArea();
    private final TextField key = new TextField();
    private final Select<FieldType> type = new Select<>();
    private final Checkbox required = new Checkbox();
    private final LinesArea options;
    private final Checkbox hidden = new Checkbox();
    private final Checkbox enabled = new Checkbox();
    private final Select<PrintPlace> print = new Select<>();
    private final Map<String, HasValidation> inputs = new HashMap<>();
    private final TemplateField original;
    private final StandardField standard;
    private final Function<TemplateField, List<SopProblem>> check;
    private boolean keyTyped;

    /**
     * @param field       the field as it is, or null for a new custom field
     * @param keyEditable a custom field's key may change only until the template is saved with it
     * @param check       the problems of the template with this field in its place, by the field's suffix
     */
    public FieldDialog(TemplateField field, boolean keyEditable, Function<TemplateField, List<SopProblem>> check,
                       Consumer<TemplateField> apply) {
        this.original = field;
        this.standard = field == null ? null : StandardField.byKey(field.key()).orElse(null);
        this.check = check;
        setId("field-dialog");
        setHeaderTitle(field == null ? getTranslation("templates.field.new")
                : getTranslation("templates.field.edit", Objects.requireNonNullElse(field.label(), field.key())));
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);
        options = new LinesArea(getTranslation("templates.field.options")).withId("field-options");
        build(keyEditable);
        show(field == null ? new TemplateField("", "", null, FieldType.SHORT_TEXT, false, List.of(), true, false,
                PrintPlace.FULL) : field);
        label.addValueChangeListener(e -> {
            if (keyEditable && !keyTyped && e.isFromClient()) {
                key.setValue(TemplateTexts.keyFrom(e.getValue()));
            }
            validate();
        });
        key.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keyTyped = true;
            }
            validate();
        });
        type.addValueChangeListener(e -> {
            options.setVisible(e.getValue() == FieldType.CHOICE);
            validate();
        });
        help.addValueChangeListener(e -> validate());
        options.addValueChangeListener(e -> validate());
        enabled.addValueChangeListener(e -> validate());

        Button applyButton = new Button(getTranslation("templates.field.apply"), e -> {
            apply.accept(value());
            close();
        });
        applyButton.setId("field-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("field-cancel");
        getFooter().add(cancel, applyButton);
        if (field != null) {
            validate();
        }
    }

    private void build(boolean keyEditable) {
        label.setLabel(getTranslation("templates.field.label"));
        label.setId("field-label");
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(200);
        label.setValueChangeMode(ValueChangeMode.EAGER);
        help.setLabel(getTranslation("templates.field.help"));
        help.setHelperText(getTranslation("templates.field.help.help"));
        help.setId("field-help");
        help.setMaxLength(500);
        help.setValueChangeMode(ValueChangeMode.EAGER);
        key.setLabel(getTranslation("templates.field.key"));
        key.setHelperText(getTranslation("templates.field.key.help"));
        key.setId("field-key");
        key.setMaxLength(40);
        key.setValueChangeMode(ValueChangeMode.EAGER);
        key.setReadOnly(!keyEditable);
        type.setLabel(getTranslation("templates.field.type"));
        type.setId("field-type");
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(t -> TemplateTexts.type(this, t));
        required.setLabel(getTranslation("templates.field.required"));
        required.setId("field-required");
        hidden.setLabel(getTranslation("templates.field.hidden"));
        hidden.setId("field-hidden");
        hidden.setTooltipText(getTranslation("templates.field.hidden.help"));
        enabled.setLabel(getTranslation("templates.field.enabled"));
        enabled.setId("field-enabled");
        print.setLabel(getTranslation("templates.field.print"));
        print.setId("field-print");
        print.setItems(PrintPlace.values());
        print.setItemLabelGenerator(p -> TemplateTexts.print(this, p));
        print.setHelperText(getTranslation("templates.field.print.help"));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.add(label, 2);
        form.add(help, 2);
        if (standard == null) {
            form.add(key, type);
            form.add(options, 2);
            form.add(required, hidden);
            inputs.put("key", key);
            inputs.put("type", type);
            inputs.put("options", options);
        } else {
            Paragraph note = new Paragraph(getTranslation(standard.optional() ? "templates.field.optional-note"
                    : "templates.field.permenpan-note", TemplateTexts.type(this, standard.type())));
            note.addClassName("form-hint");
            form.add(note, 2);
            if (standard.optional()) {
                form.add(enabled, 2);
            }
            inputs.put("enabled", enabled);
        }
        form.add(print);
        inputs.put("label", label);
        inputs.put("help", help);
        add(form);
    }

    private void show(TemplateField f) {
        label.setValue(Objects.requireNonNullElse(f.label(), ""));
        help.setValue(Objects.requireNonNullElse(f.help(), ""));
        key.setValue(Objects.requireNonNullElse(f.key(), ""));
        keyTyped = original != null;
        type.setValue(f.type());
        required.setValue(f.required());
        options.setValue(f.options());
        options.setVisible(f.type() == FieldType.CHOICE);
        hidden.setValue(f.hiddenForNew());
        enabled.setValue(f.enabled());
        print.setValue(f.print());
    }

    /** The field as the dialog has it now. */
    TemplateField value() {
        if (standard != null) {
            return new TemplateField(original.key(), label.getValue(), help.getValue(), standard.type(), original.required(),
                    original.options(), standard.optional() ? enabled.getValue() : original.enabled(),
                    original.hiddenForNew(), print.getValue());
        }
        FieldType t = type.getValue();
        return new TemplateField(key.getValue().strip(), label.getValue(), help.getValue(), t, required.getValue(),
                t == FieldType.CHOICE ? options.getValue() : List.of(), true, hidden.getValue(), print.getValue());
    }

    private void validate() {
        inputs.values().forEach(i -> i.setInvalid(false));
        for (SopProblem p : check.apply(value())) {
            String part = p.field().substring(p.field().lastIndexOf('.') + 1);
            HasValidation input = inputs.get(part);
            if (input != null && !input.isInvalid()) {
                input.setErrorMessage(TemplateTexts.message(this, p));
                input.setInvalid(true);
            }
        }
    }
}
