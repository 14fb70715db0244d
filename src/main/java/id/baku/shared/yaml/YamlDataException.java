package id.baku.shared.yaml;

import id.baku.shared.Texts;

import java.io.Serial;
import java.util.List;
import java.util.Locale;

/**
 * A data file is wrong. It names the file, the line and the field, and says what is wrong as an
 * i18n key with arguments, so an import in the UI can say it in the user's language while the
 * start-up log says it in English.
 */
public class YamlDataException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String problemKey;
    private final transient List<Object> args;

    public YamlDataException(String file, int line, String field, String problemKey, Object... args) {
        super(describe(file, line, field, Texts.english(problemKey, args)));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problemKey = problemKey;
        this.args = List.of(args);
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is about the file as a whole. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** The i18n key of what is wrong ("yaml.twice"…). */
    public String problemKey() {
        return problemKey;
    }

    /** The whole message in the given language. */
    public String describe(Locale locale) {
        String problem = Texts.get(locale, problemKey, args.toArray());
        return describe(file, line, field, problem == null ? problemKey : problem, locale);
    }

    private static String describe(String file, int line, String field, String problem) {
        return describe(file, line, field, problem, Locale.ENGLISH);
    }

    private static String describe(String file, int line, String field, String problem, Locale locale) {
        String where = line > 0 ? Texts.get(locale, "yaml.at-line", file, line) : file;
        if (field != null) {
            where = Texts.get(locale, "yaml.at-field", where, field);
        }
        return where + ": " + problem;
    }
}
