package id.baku.design.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.baku.design.SopContent;
import id.baku.design.TemplateDefinition;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** SopContent and TemplateDefinition to and from the JSON kept in {@code sop_version.content} and {@code sop_template_version.definition}. */
public final class ContentJson {

    // Only record components (their fields) are stored: helpers such as Step.isDecision() are derived, not data.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                    .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentJson() {
    }

    public static String write(SopContent content) {
        return MAPPER.writeValueAsString(content);
    }

    public static SopContent read(String json) {
        return MAPPER.readValue(json, SopContent.class);
    }

    public static String writeTemplate(TemplateDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    public static TemplateDefinition readTemplate(String json) {
        return MAPPER.readValue(json, TemplateDefinition.class);
    }
}
