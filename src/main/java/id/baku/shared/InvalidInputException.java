package id.baku.shared;

import java.io.Serial;

/**
 * Input a user can fix. The message is an i18n key; the UI translates it with the arguments and
 * shows it on {@link #field()} when one is named.
 */
public class InvalidInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] args;

    public InvalidInputException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
