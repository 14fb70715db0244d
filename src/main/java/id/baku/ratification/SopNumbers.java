package id.baku.ratification;

import id.baku.ratification.domain.SopNumberSequence;
import id.baku.ratification.domain.SopNumberSequenceRepository;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Allocates Nomor SOP. It runs inside the ratification's transaction and holds the pemda's
 * sequence row locked until that commits, so numbers have no gaps (a failed ratification gives its
 * number back) and no duplicates (a second signer waits for the first). Numbers already used by
 * SOPs numbered outside Baku are skipped.
 */
@Component
class SopNumbers implements TenantDataContributor {

    private final SopNumberSequenceRepository sequences;

    SopNumbers(SopNumberSequenceRepository sequences) {
        this.sequences = sequences;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String allocate(String pattern, LocalDate on, Predicate<String> taken) {
        String number;
        do {
            if (sequences.countOn(on.getYear()) != 1) {
                throw new IllegalStateException("No Nomor SOP sequence for this pemda");
            }
            number = SopNumberFormat.format(pattern, sequences.lastValue(), on);
        } while (taken.test(number));
        return number;
    }

    /** Every new pemda starts counting at 1. */
    @Override
    public void load(TenantData data) {
        if (!sequences.existsBy()) {
            sequences.save(new SopNumberSequence(0, 0));
        }
    }
}
