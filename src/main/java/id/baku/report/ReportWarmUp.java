package id.baku.report;

import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TemplateDefinition;
import id.baku.design.TimeUnit;
import id.baku.design.VersionStatus;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TimeZoneCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the report templates and prints one made-up sheet in the background after start: the
 * first fill in a fresh JVM takes seconds (fonts, Batik, Jasper's caches), which no Sekda should wait for.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final SheetTemplates templates;

    ReportWarmUp(SheetTemplates templates) {
        this.templates = templates;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread.ofVirtual().name("report-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                for (PaperSize paper : PaperSize.values()) {
                    templates.report(SheetTemplates.SHEET, paper);
                    templates.report(SheetTemplates.REGISTER, paper);
                    templates.report(SheetTemplates.COMPLIANCE, paper);
                    templates.report(SheetTemplates.MONITORING, paper);
                    templates.report(SheetTemplates.EVALUATION, paper);
                }
                SheetRenderer.render(templates.report(SheetTemplates.SHEET, PaperSize.A4), SheetComposer.compose(sample()));
                log.info("Report templates compiled and warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("Report templates do not compile or fill; printing will fail", e);
            }
        });
    }

    private static SheetComposer.Sources sample() {
        QualityStandard standard = new QualityStandard(List.of("Berkas"), 10, TimeUnit.MENIT, "Dokumen");
        SopContent content = new SopContent(null, LocalDate.of(2025, 1, 1), null, null, null, "Contoh", List.of(),
                List.of("Memahami tugas"), List.of(), List.of("Komputer"), List.of(), List.of(), null, null, null,
                List.of(new Executor(null, "Pelaksana"), new Executor(null, "Atasan")), List.of(
                new Step("Menyiapkan", 1, StepKind.PROCESS, null, null, standard, null),
                new Step("Memeriksa", 2, StepKind.DECISION, new Outcome("Ya", 3), new Outcome("Tidak", 1), standard, null),
                new Step("Menyelesaikan", 1, StepKind.PROCESS, null, null, standard, null)));
        TenantProfile profile = new TenantProfile(0, "contoh", "Pemerintah Contoh", TenantKind.KOTA, null, null, null,
                null, List.of("PEMERINTAH CONTOH"), TimeZoneCode.WIB, PaperSize.A4, "{nomor}", false, 0, 12);
        SopVersionRecord version = new SopVersionRecord(0, 0, 0, 1, VersionStatus.DRAFT, content, List.of(), 0,
                Instant.EPOCH, null, null);
        return new SheetComposer.Sources(profile, null, List.of("Sekretariat Daerah"), Set.of("Sekretariat Daerah"),
                version, TemplateDefinition.national(), Map.of(), Map.of(), null, "DRAFT");
    }
}
