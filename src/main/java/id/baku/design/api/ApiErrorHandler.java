package id.baku.design.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.UUID;

/** Errors of the API as {@code {"error": "…"}}; anything unexpected is logged with a code the caller can quote. */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler
    ResponseEntity<SopJson.Error> refused(ApiException e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<SopJson.Error> malformed(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' is malformed.");
    }

    /** Left to Spring Security, which answers 403 as JSON (ApiSecurityConfiguration). */
    @ExceptionHandler
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler
    ResponseEntity<SopJson.Error> unexpected(RuntimeException e) {
        String code = UUID.randomUUID().toString().substring(0, 8);
        log.error("API failure, code {}", code, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error, code " + code + ".");
    }

    private static ResponseEntity<SopJson.Error> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new SopJson.Error(message));
    }
}
