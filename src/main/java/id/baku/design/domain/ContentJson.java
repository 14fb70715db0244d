package id.baku.design.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.baku.design.SopContent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** SopContent to and from the JSON kept in {@code sop_version.content}. */
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
}
