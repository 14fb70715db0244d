package id.baku.shared;

import java.io.Serial;

/** The record does not exist, or not in the caller's pemda: the two are deliberately the same. */
public class NotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
