package id.baku.execution;

import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.ratification.RatificationService;
import id.baku.testing.SignIn;

/** SOPs in force for run tests, made from the sample pemda's SOPs; callers delete them afterwards. */
public final class EffectiveSops {

    private EffectiveSops() {
    }

    /**
     * A ratified copy of Kota Tangerang's seed draft "Peliputan dan Publikasi" (Bidang DIKP): the Kabid
     * reviews it, the Kepala Dinas Kominfo signs. Returns its SOP id; signs out.
     */
    public static long peliputan(SignIn signIn, SopService sops, RatificationService ratification) {
        signIn.as("admin.tangerang");
        SopSummary seed = sops.list(new SopQuery(null, "Peliputan dan Publikasi", null)).getFirst();
        SopContent content = sops.latest(seed.sopId()).orElseThrow().content();
        SopVersionRecord draft = sops.create(seed.unitId(), content);
        ratification.submit(draft.versionId(), draft.version());
        signIn.as("kabid.dikp.tangerang");
        ratification.approve(draft.versionId(), sops.version(draft.versionId()).orElseThrow().version(), null);
        signIn.as("kadiskominfo.tangerang");
        ratification.ratify(draft.versionId(), sops.version(draft.versionId()).orElseThrow().version(), "baku-demo");
        SignIn.out();
        return draft.sopId();
    }
}
