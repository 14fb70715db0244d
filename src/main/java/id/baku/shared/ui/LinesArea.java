package id.baku.shared.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Arrays;
import java.util.List;

/**
 * A numbered list typed as text, one item per line: how a Kabag writes "Kualifikasi Pelaksana"
 * without learning a list editor. The printed sheet numbers the lines.
 */
public class LinesArea extends CustomField<List<String>> {

    private final TextArea area = new TextArea();

    public LinesArea(String label) {
        setLabel(label);
        area.setWidthFull();
        area.setMinRows(2);
        area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        area.setHelperText(area.getTranslation("field.lines.help"));
        add(area);
        setWidthFull();
    }

    @Override
    protected List<String> generateModelValue() {
        return Arrays.stream(area.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void setPresentationValue(List<String> items) {
        area.setValue(items == null ? "" : String.join("\n", items));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        area.setReadOnly(readOnly);
    }

    public LinesArea withId(String id) {
        area.setId(id);
        return this;
    }
}
