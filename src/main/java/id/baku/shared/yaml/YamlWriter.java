package id.baku.shared.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

/** Writes Baku's data files the way people write them by hand: block style, indented lists, UTF-8 text. */
public final class YamlWriter {

    private YamlWriter() {
    }

    public static String dump(Object data) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(data);
    }

    /** Puts the value unless it is empty (null, blank text, empty list): files leave out what is not there. */
    public static void putPresent(Map<String, Object> map, String key, Object value) {
        if (value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        map.put(key, value);
    }
}
