package id.baku.design.api;

import org.springframework.http.HttpStatus;

import java.io.Serial;

/** An answer other than 200, with a message for the API caller. */
class ApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
