package id.baku.report.api;

import id.baku.report.PdfFile;
import id.baku.report.ReportService;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * The printed documents for API callers: the official sheet of an SOP and a unit's Daftar SOP, as
 * PDF. Scoped to the token owner's pemda like the rest of the API: another pemda's id is 404.
 */
@RestController
@Tag(name = "Cetak", description = "Official SOP sheets and the Daftar SOP as PDF")
@ApiResponse(responseCode = "401", description = "No token, or a bad, expired or revoked one")
class SheetApiController {

    private final ReportService reports;

    SheetApiController(ReportService reports) {
        this.reports = reports;
    }

    public record Error(String error) {
    }

    @GetMapping(value = "/api/v1/sops/{id}/sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The official sheet of an SOP (Permenpan RB 35/2012) as PDF",
            description = "The version in force, else the newest one, unless a version is asked for. A version not "
                    + "yet ratified prints with a DRAFT watermark; a ratified one carries its verification code and QR "
                    + "code on every page.")
    @ApiResponse(responseCode = "200", description = "The sheet",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such SOP or version in the token owner's pemda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Error.class)))
    ResponseEntity<byte[]> sheet(@PathVariable long id,
                                 @Parameter(description = "a version id of this SOP (see GET /api/v1/sops/{id})")
                                 @RequestParam(required = false) Long version) {
        long versionId = version == null ? reports.printableVersion(id) : reports.versionOf(id, version);
        return pdf(reports.sheetPdf(versionId));
    }

    @GetMapping(value = "/api/v1/units/{id}/sop-register.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The Daftar SOP of a unit as PDF",
            description = "The unit's SOPs in force: No, Nomor SOP, Nama SOP, Tanggal Efektif, Revisi ke-.")
    @ApiResponse(responseCode = "200", description = "The register",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such unit in the token owner's pemda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Error.class)))
    ResponseEntity<byte[]> register(@PathVariable long id) {
        return pdf(reports.registerPdf(id));
    }

    private static ResponseEntity<byte[]> pdf(PdfFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    @ExceptionHandler
    ResponseEntity<Error> unknown(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("Not found."));
    }

    @ExceptionHandler
    ResponseEntity<Error> refused(InvalidInputException e, HttpServletRequest request) {
        String text = Texts.get(Texts.forAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), e.messageKey(),
                e.args());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(new Error(text == null ? e.messageKey() : text));
    }
}
