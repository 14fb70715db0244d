package id.baku.report;

import id.baku.report.domain.SheetVerification;
import id.baku.report.domain.SheetVerificationRepository;
import id.baku.tenant.TenantContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Short codes that identify a ratified version on paper: ten characters of Crockford's base32
 * (no I, L, O, U, so a code read aloud or typed from paper is unambiguous), printed as two groups.
 * A version gets its code when it is first printed and keeps it.
 */
@Component
class VerificationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 10;

    private final SheetVerificationRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VerificationCodes(SheetVerificationRepository repository, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The version's code in the bound pemda, created on first use; two first prints at once agree on one. */
    String codeFor(long versionId) {
        long tenantId = TenantContext.requireTenantId();
        Optional<String> known = find(tenantId, versionId);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return transactions.execute(tx -> repository.saveAndFlush(
                    new SheetVerification(newCode(), tenantId, versionId, clock.instant())).getCode());
        } catch (DataIntegrityViolationException e) {
            return find(tenantId, versionId).orElseThrow(() -> e);
        }
    }

    private Optional<String> find(long tenantId, long versionId) {
        return transactions.execute(tx -> repository.findByTenantIdAndVersionId(tenantId, versionId)
                .map(SheetVerification::getCode));
    }

    /** The pemda and version of a code as printed or typed (any case, with or without the dash). */
    Optional<SheetVerification> lookup(String typed) {
        String code = normalize(typed);
        if (code == null) {
            return Optional.empty();
        }
        return transactions.execute(tx -> repository.findById(code));
    }

    /** "K7QM3-XT9PA" for reading; stored without the dash. */
    static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
