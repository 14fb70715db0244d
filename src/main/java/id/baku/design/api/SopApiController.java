package id.baku.design.api;

import com.vaadin.flow.i18n.I18NProvider;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.TemplateDefinition;
import id.baku.design.flowchart.FlowchartLayout;
import id.baku.design.flowchart.FlowchartStyle;
import id.baku.design.flowchart.FlowchartSvg;
import org.springframework.http.ResponseEntity;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.VersionStatus;
import id.baku.shared.Texts;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Read API of the caller's pemda SOPs. The caller is a personal API token's owner (see
 * {@code security.ApiSecurityConfiguration}); {@link SopService} scopes everything to their pemda,
 * so another pemda's id is simply unknown (404, the same answer as a wrong id). Each endpoint
 * finds its SOP with {@link #requireSop} first.
 */
@RestController
@RequestMapping(path = "/api/v1/sops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SOP", description = "The pemda's SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan)")
@ApiResponse(responseCode = "401", description = "No token, or a bad, expired or revoked one",
        content = @Content(schema = @Schema(implementation = SopJson.Error.class)))
class SopApiController {

    private final SopService sops;
    private final LegalBasisService legalBases;
    private final I18NProvider texts;

    SopApiController(SopService sops, LegalBasisService legalBases, I18NProvider texts) {
        this.sops = sops;
        this.legalBases = legalBases;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "List the SOPs of the token owner's pemda", description = "The newest version of each SOP, by title.")
    @ApiResponse(responseCode = "200", description = "The SOPs")
    @ApiResponse(responseCode = "400", description = "An unknown status or a malformed parameter",
            content = @Content(schema = @Schema(implementation = SopJson.Error.class)))
    List<SopJson.Item> list(
            @Parameter(description = "only SOPs of this unit kerja (id)") @RequestParam(required = false) Long unit,
            @Parameter(description = "only SOPs whose newest version has this status", schema = @Schema(
                    allowableValues = {"draft", "submitted", "reviewed", "ratified", "effective", "superseded", "retired"}))
            @RequestParam(required = false) String status,
            @Parameter(description = "text in the title (Nama SOP) or the Nomor SOP") @RequestParam(required = false) String q) {
        return sops.list(new SopQuery(unit, q, status(status))).stream().map(SopApiController::item).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One SOP with its versions and the newest version's full content")
    @ApiResponse(responseCode = "200", description = "The SOP")
    @ApiResponse(responseCode = "404", description = "No such SOP in the token owner's pemda",
            content = @Content(schema = @Schema(implementation = SopJson.Error.class)))
    SopJson.Detail get(@PathVariable long id,
                       @Parameter(description = "\"en\" for English problem messages; Bahasa Indonesia otherwise")
                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Map<Long, SopSummary> all = pemdaSops();
        SopSummary sop = requireSop(all, id);
        SopVersionRecord latest = sops.latest(id).orElseThrow(() -> notFound());
        Locale locale = Texts.forAcceptLanguage(language);
        List<SopJson.Version> versions = sops.history(id).stream().map(v -> new SopJson.Version(v.versionId(),
                v.revision(), v.status().code(), v.number(), v.updatedAt())).toList();
        List<SopJson.Problem> problems = latest.problems().stream().map(p -> new SopJson.Problem(p.field(), p.key(),
                texts.getTranslation(p.key(), locale, p.argsArray()))).toList();
        return new SopJson.Detail(sop.sopId(), sop.number(), sop.title(), unit(sop), sop.status().code(),
                sop.revision(), sop.updatedAt(), versions, content(latest.content(), all, latest.templateVersionId()),
                problems);
    }

    @GetMapping(value = "/{id}/flowchart.svg", produces = "image/svg+xml")
    @Operation(summary = "The flowchart of the SOP's newest version as SVG",
            description = "Drawn by the same layout engine as the designer and the official sheet: a column per "
                    + "Pelaksana, a row per step, the Permenpan symbols, decision arrows labelled with their outcome.")
    @ApiResponse(responseCode = "200", description = "The flowchart",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such SOP in the token owner's pemda",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SopJson.Error.class)))
    ResponseEntity<String> flowchart(@PathVariable long id) {
        requireSop(id);
        SopContent content = sops.latest(id).orElseThrow(SopApiController::notFound).content();
        String svg = FlowchartSvg.write(FlowchartLayout.of(content, FlowchartStyle.standard()), true);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
    }

    /** The SOP of the caller's pemda with this id; anything else is 404. */
    private SopSummary requireSop(long id) {
        return requireSop(pemdaSops(), id);
    }

    private SopSummary requireSop(Map<Long, SopSummary> all, long id) {
        SopSummary sop = all.get(id);
        if (sop == null) {
            throw notFound();
        }
        return sop;
    }

    /** The newest version of each SOP of the caller's pemda, by SOP id. */
    private Map<Long, SopSummary> pemdaSops() {
        return sops.list(SopQuery.all()).stream().collect(Collectors.toMap(SopSummary::sopId, Function.identity()));
    }

    private static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "SOP not found.");
    }

    @ExceptionHandler
    ResponseEntity<SopJson.Error> refused(ApiException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new SopJson.Error(e.getMessage()));
    }

    private SopJson.Content content(SopContent c, Map<Long, SopSummary> all, Long templateVersionId) {
        TemplateDefinition template = sops.template(templateVersionId);
        Map<Long, LegalBasisRecord> library = legalBases.list().stream()
                .collect(Collectors.toMap(LegalBasisRecord::id, Function.identity()));
        List<SopJson.LegalBasis> bases = c.legalBasisIds().stream().map(library::get).filter(b -> b != null)
                .map(b -> new SopJson.LegalBasis(b.id(), b.kind().code(), b.number(), b.year(), b.title(), b.citation()))
                .toList();
        List<SopJson.Related> related = c.related().stream().map(r -> {
            SopSummary other = r.sopId() == null ? null : all.get(r.sopId());
            return other == null ? new SopJson.Related(r.sopId(), null, null, r.text())
                    : new SopJson.Related(other.sopId(), other.number(), other.title(), null);
        }).toList();
        List<SopJson.Executor> executors = IntStream.range(0, c.executors().size()).mapToObj(i -> new SopJson.Executor(
                i + 1, c.executors().get(i).positionId(), c.executors().get(i).label())).toList();
        List<SopJson.Step> steps = IntStream.rangeClosed(1, c.steps().size()).mapToObj(n -> step(c, n)).toList();
        SopJson.Signer signer = c.approvedBy() == null ? null : new SopJson.Signer(c.approvedBy().positionId(),
                c.approvedBy().positionTitle(), c.approvedBy().name(), c.approvedBy().nip());
        List<SopJson.CustomValue> custom = new java.util.ArrayList<>();
        template.customFields().stream().filter(f -> c.custom().containsKey(f.key())).forEach(f -> custom.add(
                new SopJson.CustomValue(f.key(), f.label(), f.type().code(), c.custom().get(f.key()))));
        c.custom().forEach((key, values) -> {
            if (template.field(key).filter(f -> !f.standard()).isEmpty()) {
                custom.add(new SopJson.CustomValue(key, key, null, values));
            }
        });
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        template.stepColumns().forEach(col -> columns.put(col.key(), col.label()));
        return new SopJson.Content(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(), signer, c.title(), bases,
                c.qualifications(), related, c.equipment(), c.warnings(), c.recordKeeping(), c.summary(), c.purposes(),
                c.definitions(), c.scope(), custom, executors, steps, c.totalMinutes(),
                new SopJson.Template(templateVersionId, template.name(), columns));
    }

    private static SopJson.Step step(SopContent c, int number) {
        id.baku.design.Step s = c.steps().get(number - 1);
        QualityStandard q = s.standard();
        String executorLabel = s.executor() >= 1 && s.executor() <= c.executors().size()
                ? c.executors().get(s.executor() - 1).label() : null;
        return new SopJson.Step(number, s.activity(), s.executor(), executorLabel,
                c.drawnKind(number).name().toLowerCase(Locale.ROOT), outcome(s.yes()), outcome(s.no()),
                q.requirements(), q.minutes(), q.timeText(), q.output(), s.notes(), s.extra());
    }

    private static SopJson.Outcome outcome(id.baku.design.Outcome o) {
        return o == null ? null : new SopJson.Outcome(o.label(), o.target());
    }

    private static SopJson.Item item(SopSummary s) {
        return new SopJson.Item(s.sopId(), s.number(), s.title(), unit(s), s.status().code(), s.revision(), s.updatedAt());
    }

    private static SopJson.Unit unit(SopSummary s) {
        return new SopJson.Unit(s.unitId(), s.unitName());
    }

    private static VersionStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(VersionStatus.values()).filter(s -> s.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "Unknown status '" + code
                        + "'; one of " + Arrays.stream(VersionStatus.values()).map(VersionStatus::code)
                        .collect(Collectors.joining(", ")) + "."));
    }
}
