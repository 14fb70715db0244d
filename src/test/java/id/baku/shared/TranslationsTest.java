package id.baku.shared;

import id.baku.security.AppRole;
import id.baku.tenant.TenantKind;
import id.baku.tenant.UnitKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The UI is Bahasa Indonesia first and English second: the bundles must never drift apart. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z-]*(?:\\.[a-z0-9-]+)+)\"");
    /** Dotted literals in the code that are not message keys. */
    private static final Set<String> NOT_KEYS = Set.of("user.name");

    @Test
    void indonesian_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> indonesian = load("translations.properties").stringPropertyNames();
        Set<String> english = load("translations_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys of translations_en.properties")
                .containsExactlyElementsOf(new TreeSet<>(indonesian));
    }

    @Test
    void no_translation_is_empty_and_every_one_is_a_valid_message_format() throws IOException {
        for (String bundle : new String[]{"translations.properties", "translations_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(bundle + " " + key).isNotBlank();
                assertThatCode(() -> new MessageFormat(text)).as(bundle + " " + key).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void every_key_the_code_uses_exists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !NOT_KEYS.contains(literal)
                            && !literal.endsWith(".yaml")) {
                        used.add(literal);
                    }
                }
            }
        }
        Arrays.stream(AppRole.values()).map(AppRole::labelKey).forEach(used::add);
        Arrays.stream(UnitKind.values()).map(UnitKind::labelKey).forEach(used::add);
        Arrays.stream(TenantKind.values()).map(TenantKind::labelKey).forEach(used::add);
        // An audit action such as "sop.submitted" is no key itself: its label is audit.action.<action>.
        used.removeIf(literal -> keys.contains("audit.action." + literal));
        assertThat(keys).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
