package id.baku.design.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import id.baku.shared.ui.DateFields;

/**
 * The identity form as an SOP author will meet it with this template: the fields offered for new
 * SOPs, in order, each drawn as its type asks, with help and the required mark. Nothing here can
 * be typed into.
 */
public class FormPreview extends Div {

    public FormPreview() {
        setId("template-form-preview");
        addClassName("template-form-preview");
    }

    public void show(TemplateDefinition t) {
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("templates.preview.form.intro"));
        intro.addClassName("form-hint");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        for (TemplateField f : t.fields()) {
            if (!f.offeredForNew() || f.type() == null) {
                continue;
            }
            Component input = input(f);
            input.getElement().setAttribute("data-key", f.key() == null ? "" : f.key());
            input.addClassName("template-preview-field");
            boolean wide = switch (f.type()) {
                case LONG_TEXT, LIST, LEGAL_BASIS, SOP_REFERENCE -> true;
                default -> false;
            };
            form.add(input, wide ? 2 : 1);
        }
        add(intro, form);
    }

    private Component input(TemplateField f) {
        String label = f.label() == null || f.label().isBlank() ? getTranslation("templates.field.no-label") : f.label();
        HasValue<?, ?> field = switch (f.type()) {
            case SHORT_TEXT -> new TextField();
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setMinRows(2);
                yield area;
            }
            case LIST -> {
                // Read-only fields show no placeholder, so the numbered lines are a sample value.
                TextArea area = new TextArea();
                area.setValue("1. …\n2. …");
                area.addClassName("template-preview-sample");
                yield area;
            }
            case DATE -> DateFields.datePicker(label);
            case NUMBER -> new NumberField();
            case CHOICE -> {
                RadioButtonGroup<String> choice = new RadioButtonGroup<>();
                choice.setItems(f.options());
                yield choice;
            }
            case SOP_REFERENCE -> picker("templates.preview.pick-sop");
            case LEGAL_BASIS -> picker("templates.preview.pick-legal-basis");
        };
        ((HasLabel) field).setLabel(label);
        field.setRequiredIndicatorVisible(f.required());
        field.setReadOnly(true);
        if (f.help() != null && !f.help().isBlank() && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(f.help());
        }
        return (Component) field;
    }

    private ComboBox<String> picker(String placeholderKey) {
        ComboBox<String> box = new ComboBox<>();
        String text = getTranslation(placeholderKey);
        box.setItems(text);
        box.setValue(text);
        box.addClassName("template-preview-sample");
        return box;
    }
}
