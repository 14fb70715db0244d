package id.baku.security;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

/**
 * What Baku's HTTP endpoints answer when their controllers' own handlers (not found, invalid input) do not:
 * {@code {"error": "…", "code": "…"}} as JSON. Left to Spring's error page, an API client got the Vaadin chain's
 * redirect to the login page instead. A database that refused or did not answer is 503, "send the same request
 * again"; Spring MVC's own refusals (a malformed parameter or body, a wrong method) keep their 4xx status.
 */
@RestControllerAdvice(basePackages = "id.baku")
class ApiErrors extends ResponseEntityExceptionHandler {

    static final String TRY_AGAIN = "try-again";
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @Schema(name = "ApiError", description = "An error: a message for people and a stable code for programs")
    record Error(String error, @Schema(description = "e.g. try-again, unexpected, bad-request") String code) {
    }

    /** Left to Spring Security, which answers 401 and 403 as JSON (ApiSecurityConfiguration). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler
    @ApiResponse(responseCode = "503", description = "The database is busy or unavailable: send the same request again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Error.class)))
    @ApiResponse(responseCode = "500", description = "Unexpected error; the message has a reference to quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Error.class)))
    ResponseEntity<Error> failed(Exception e, HttpServletRequest request) {
        if (databaseFailure(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .contentType(MediaType.APPLICATION_JSON).body(new Error(tryAgain(request, e), TRY_AGAIN));
        }
        String reference = reference();
        log.error("API {} {} failed [ref {}]", request.getMethod(), request.getRequestURI(), reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("Unexpected error; quote reference " + reference + " when you report it.", "unexpected"));
    }

    /** Spring MVC's refusals in the API's shape; the detail says what was wrong with the request. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        String message = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : status != null ? status.getReasonPhrase() : "Error " + statusCode.value();
        String code = status != null ? status.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error";
        return ResponseEntity.status(statusCode).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(new Error(message, code));
    }

    /**
     * A deadlock victim, a lock wait timeout, a database that is down or restarting. Nothing was recorded, or (a
     * connection lost at commit) the client cannot tell: it may send the same request again; a step completion that
     * was recorded is then refused with 409.
     */
    static boolean databaseFailure(Throwable e) {
        return e instanceof DataAccessException || e instanceof TransactionException || e instanceof PersistenceException;
    }

    /** The 503 of a database failure outside a controller (the token lookup). */
    static void writeTryAgain(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        ApiTokenAuthenticationFilter.writeError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, null,
                tryAgain(request, e), TRY_AGAIN);
    }

    /** Logs a database failure and returns the message for the caller, with the log's reference. */
    private static String tryAgain(HttpServletRequest request, Exception e) {
        String reference = reference();
        log.warn("API {} {} failed in the database [ref {}]: {}", request.getMethod(), request.getRequestURI(),
                reference, e.toString());
        return "The database is busy or unavailable; send the same request again (reference " + reference + ").";
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
