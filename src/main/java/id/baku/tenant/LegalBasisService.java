package id.baku.tenant;

import id.baku.security.AppRoles;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.LegalBasis;
import id.baku.tenant.domain.LegalBasisRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** The pemda's library of dasar hukum that SOPs cite. */
@Service
public class LegalBasisService {

    private final LegalBasisRepository legalBases;
    private final Clock clock;

    LegalBasisService(LegalBasisRepository legalBases, Clock clock) {
        this.legalBases = legalBases;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LegalBasisRecord> list() {
        return legalBases.findAllByOrderByKindAscYearDescNumberAsc().stream().map(LegalBasisService::record).toList();
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<LegalBasisRecord> find(long id) {
        return legalBases.findById(id).map(LegalBasisService::record);
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public LegalBasisRecord save(LegalBasisRecord basis) {
        LegalBasisKind kind = Checks.present("kind", basis.kind());
        String issuer = Checks.optional("issuer", basis.issuer(), 255);
        if (kind == LegalBasisKind.LAINNYA && issuer == null) {
            throw new InvalidInputException("issuer", "legal-basis.error.issuer-required");
        }
        String number = Checks.required("number", basis.number(), 50);
        int currentYear = Year.now(clock).getValue();
        if (basis.year() < 1945 || basis.year() > currentYear) {
            throw new InvalidInputException("year", "legal-basis.error.year", currentYear);
        }
        String title = Checks.optional("title", basis.title(), 1000);
        LegalBasis entity;
        if (basis.id() == null) {
            entity = new LegalBasis(kind, issuer, number, basis.year(), title);
        } else {
            entity = legalBases.findById(basis.id()).orElseThrow(() -> new NotFoundException("legal basis", basis.id()));
            Checks.sameVersion(basis.version(), entity.getVersion());
            entity.update(kind, issuer, number, basis.year(), title);
        }
        return record(legalBases.saveAndFlush(entity));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void delete(long id) {
        legalBases.delete(legalBases.findById(id).orElseThrow(() -> new NotFoundException("legal basis", id)));
    }

    private static LegalBasisRecord record(LegalBasis b) {
        return new LegalBasisRecord(b.getId(), b.getKind(), b.getIssuer(), b.getNumber(), b.getYear(), b.getTitle(),
                b.getVersion());
    }
}
