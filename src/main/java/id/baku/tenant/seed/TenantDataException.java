package id.baku.tenant.seed;

import java.io.Serial;

/** A tenant data file is wrong; the message names the file, the line and the field. */
public class TenantDataException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TenantDataException(String message) {
        super(message);
    }
}
