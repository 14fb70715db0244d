package id.baku.ratification.api;

import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.ratification.RatificationService;
import id.baku.ratification.RatificationState;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An SOP version's ratification through the API: where it stands (status, Nomor SOP, Tanggal
 * Efektif, signer, content hash, every step taken) and the lifecycle actions, open to a token
 * whose user may take them in the browser — the same rules, the same segregation of duties.
 */
@RestController
@RequestMapping(path = "/api/v1/sops/{sopId}/versions/{versionId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ratification", description = "Review, signature and revisions of an SOP version")
class LifecycleApiController {

    private final RatificationService ratification;
    private final SopService sops;
    LifecycleApiController(RatificationService ratification, SopService sops) {
        this.ratification = ratification;
        this.sops = sops;
    }

    record Step(String from, String to, Integer reviewStage, String actor, String actorName, Instant at, String note) {
    }

    record SignatureJson(String signer, String name, String nip, String position, Instant signedAt,
                         @Schema(description = "SHA-256 of the content as signed") String contentSha256,
                         String method, @Schema(description = "the content still has the signed hash") boolean intact) {
    }

    @Schema(name = "Ratification")
    record State(long versionId, int revision, String status, String number, LocalDate effectiveOn,
                 @Schema(description = "optimistic-lock counter to send with an action") int version,
                 List<String> reviewers, int stage, String signer, SignatureJson signature, List<Step> steps,
                 @Schema(description = "the actions the token's user may take now") List<String> actions) {
    }

    @Schema(name = "LifecycleAction")
    record Action(@Schema(description = "the version counter from GET") int version,
                  @Schema(description = "note for approve, return (required) and retire (required)") String note,
                  @Schema(description = "the signer's password, for ratify") String password) {
    }

    record Error(String error) {
    }

    @GetMapping("/ratification")
    @Operation(summary = "Where an SOP version stands on its way to ratification")
    State get(@PathVariable long sopId, @PathVariable long versionId) {
        return state(version(sopId, versionId));
    }

    @PostMapping(path = "/actions/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take a lifecycle step: submit, approve, return, ratify, revise or retire",
            description = "Allowed under the same rules as in the browser; revise answers with the new draft version.")
    State act(@PathVariable long sopId, @PathVariable long versionId, @PathVariable String action,
              @RequestBody Action body) {
        SopVersionRecord v = version(sopId, versionId);
        int expected = body == null ? v.version() : body.version();
        String note = body == null ? null : body.note();
        switch (action) {
            case "submit" -> ratification.submit(versionId, expected);
            case "approve" -> ratification.approve(versionId, expected, note);
            case "return" -> ratification.returnToAuthor(versionId, expected, note);
            case "ratify" -> ratification.ratify(versionId, expected, body == null ? null : body.password());
            case "retire" -> ratification.retire(versionId, expected, note);
            case "revise" -> {
                long revision = ratification.revise(sopId);
                return state(sops.version(revision).orElseThrow());
            }
            default -> throw new NotFoundException("action", action);
        }
        return state(version(sopId, versionId));
    }

    private SopVersionRecord version(long sopId, long versionId) {
        return sops.version(versionId).filter(v -> v.sopId() == sopId)
                .orElseThrow(() -> new NotFoundException("SOP version", versionId));
    }

    private State state(SopVersionRecord v) {
        RatificationState s = ratification.state(v.versionId());
        List<String> actions = new java.util.ArrayList<>();
        if (s.maySubmit()) {
            actions.add("submit");
        }
        if (s.mayReview()) {
            actions.addAll(List.of("approve", "return"));
        }
        if (s.mayRatify()) {
            actions.add("ratify");
        }
        if (s.mayRevise()) {
            actions.add("revise");
        }
        if (s.mayRetire()) {
            actions.add("retire");
        }
        var sig = s.signature();
        return new State(v.versionId(), v.revision(), s.status().code(), v.content().number(), v.content().effectiveOn(),
                v.version(), s.reviewers().stream().map(RatificationState.ReviewerStep::position).toList(), s.stage(),
                s.signer(), sig == null ? null : new SignatureJson(sig.signer(), sig.signerName(), sig.signerNip(),
                sig.positionTitle(), sig.signedAt(), sig.contentSha256(), sig.method(), sig.intact()),
                s.transitions().stream().map(t -> new Step(t.from().code(), t.to().code(), t.reviewStage(), t.actor(),
                        t.actorName(), t.at(), t.note())).toList(), actions);
    }

    @ExceptionHandler
    ResponseEntity<Error> refused(InvalidInputException e, jakarta.servlet.http.HttpServletRequest request) {
        // Bahasa Indonesia unless the caller asks for English, as the rest of the API.
        java.util.Locale locale = id.baku.shared.Texts.forAcceptLanguage(request.getHeader("Accept-Language"));
        String text = id.baku.shared.Texts.get(locale, e.messageKey(), e.args());
        String message = text == null ? e.messageKey() : text;
        HttpStatus status = "error.concurrent-change".equals(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Error(message));
    }

    @ExceptionHandler
    ResponseEntity<Error> unknown(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("SOP version not found."));
    }

    @ExceptionHandler
    ResponseEntity<Error> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("Your role does not allow this step."));
    }
}
