package id.baku.execution.api;

import id.baku.execution.Choice;
import id.baku.execution.Completion;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunDetail;
import id.baku.execution.RunRecord;
import id.baku.execution.StepRecord;
import id.baku.execution.Task;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
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

import java.util.List;
import java.util.Set;

/**
 * Running SOPs over the API, e.g. from a pemda's e-Office: start a run, list the steps waiting for
 * the token's owner, take and complete a step. The same rules and the same audit trail as in the
 * browser; a step completed twice (a retried request) answers 409 and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pelaksanaan", description = "Running SOPs step by step")
@ApiResponse(responseCode = "401", description = "No token, or a bad, expired or revoked one")
class RunApiController {

    /** Answers that mean "someone (maybe you, a moment ago) already did this": 409, not 422. */
    private static final Set<String> CONFLICTS = Set.of("error.concurrent-change", "execution.error.already-done",
            "execution.error.already-taken", "execution.error.changed-meanwhile");

    private final ExecutionService execution;

    RunApiController(ExecutionService execution) {
        this.execution = execution;
    }

    public record StartRequest(long sopId, String title, String reference) {
    }

    public record TakeRequest(int version) {
    }

    /**
     * @param present one flag per Kelengkapan item of the step, in order
     * @param choice  "yes" or "no" for a decision step (its first or second outcome)
     */
    public record CompleteRequest(int version, List<Boolean> present, String output, String note, String choice) {
    }

    public record Error(String error, String code) {
    }

    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a run of an SOP in force",
            description = "By a holder of the first step's jabatan or a tenant admin. The first step becomes ready.")
    @ApiResponse(responseCode = "201", description = "The run")
    @ApiResponse(responseCode = "422", description = "Not allowed or incomplete (the message says why)",
            content = @Content(schema = @Schema(implementation = Error.class)))
    ResponseEntity<RunRecord> start(@RequestBody StartRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(execution.start(request.sopId(), request.title(), request.reference()));
    }

    @GetMapping("/runs")
    @Operation(summary = "The runs the token's owner started or worked on (all of the pemda's for admins and auditors)")
    List<RunRecord> runs() {
        return execution.myRuns();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run with every step execution, its timing and deviations")
    @ApiResponse(responseCode = "404", description = "No such run in the token owner's pemda",
            content = @Content(schema = @Schema(implementation = Error.class)))
    RunDetail run(@PathVariable long id) {
        return execution.run(id);
    }

    @GetMapping("/tasks")
    @Operation(summary = "Steps waiting for the token's owner, overdue first")
    List<Task> tasks() {
        return execution.myTasks();
    }

    @PostMapping(path = "/runs/{runId}/steps/{stepId}/take", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take a waiting step, so that colleagues see who works on it")
    @ApiResponse(responseCode = "409", description = "Already taken or changed meanwhile",
            content = @Content(schema = @Schema(implementation = Error.class)))
    StepRecord take(@PathVariable long runId, @PathVariable long stepId, @RequestBody TakeRequest request) {
        requireStepOfRun(runId, stepId);
        return execution.take(stepId, request.version());
    }

    @PostMapping(path = "/runs/{runId}/steps/{stepId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complete a step with its Kelengkapan check, Output and, for a decision, the outcome",
            description = "Deviations from the Mutu Baku (late, Kelengkapan missing, no Output) are recorded; the "
                    + "outcome of a decision picks the next step, loops included.")
    @ApiResponse(responseCode = "409", description = "Already completed (by someone else, or by this same request before)",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @ApiResponse(responseCode = "422", description = "Incomplete or not your step",
            content = @Content(schema = @Schema(implementation = Error.class)))
    StepRecord complete(@PathVariable long runId, @PathVariable long stepId, @RequestBody CompleteRequest request) {
        requireStepOfRun(runId, stepId);
        Choice choice = null;
        if (request.choice() != null && !request.choice().isBlank()) {
            choice = switch (request.choice().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "yes" -> Choice.YES;
                case "no" -> Choice.NO;
                default -> throw new InvalidInputException("choice", "execution.error.choice");
            };
        }
        return execution.complete(stepId, request.version(),
                new Completion(request.present(), request.output(), request.note(), choice));
    }

    private void requireStepOfRun(long runId, long stepId) {
        if (execution.run(runId).steps().stream().noneMatch(s -> s.id() == stepId)) {
            throw new NotFoundException("step execution", stepId);
        }
    }

    @ExceptionHandler
    ResponseEntity<Error> refused(InvalidInputException e, HttpServletRequest request) {
        String text = Texts.get(Texts.forAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), e.messageKey(),
                e.args());
        HttpStatus status = CONFLICTS.contains(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Error(text == null ? e.messageKey() : text, e.messageKey()));
    }

    @ExceptionHandler
    ResponseEntity<Error> unknown(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("Not found.", "not-found"));
    }

    @ExceptionHandler
    ResponseEntity<Error> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("Your role does not allow this.", "forbidden"));
    }
}
