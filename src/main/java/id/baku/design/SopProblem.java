package id.baku.design;

import java.util.List;

/**
 * Something that keeps a version from being submitted. {@code field} names where it is
 * ("title", "executor.2", "step.3.no"; numbers are 1-based like the printed table), {@code key}
 * is the i18n message and {@code args} its arguments.
 */
public record SopProblem(String field, String key, List<Object> args) {

    public SopProblem {
        args = List.copyOf(args == null ? List.of() : args);
    }

    static SopProblem of(String field, String key, Object... args) {
        return new SopProblem(field, key, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
