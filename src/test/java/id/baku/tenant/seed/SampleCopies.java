package id.baku.tenant.seed;

import id.baku.tenant.seed.TenantSeed.Profile;
import id.baku.tenant.seed.TenantSeed.UserSeed;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads a sample pemda again under another code: the same organisation, jabatan, dasar hukum, templates and
 * SOPs with the same names and numbers, so tests can look for data leaking between look-alike pemda.
 * Usernames are unique across pemda, so the copy's demo accounts get a suffix ({@code admin.tangerang.b}).
 */
public final class SampleCopies {

    private SampleCopies() {
    }

    public static void load(ApplicationContext context, String sample, String code, String userSuffix) {
        TenantSeed seed = new TenantDataReader(sample, new ClassPathResource("tenants/" + sample + "/tenant.yaml")).read();
        Profile p = seed.profile();
        Profile copy = new Profile(code, p.name(), p.kind(), p.address(), p.phone(), p.email(), p.website(),
                p.letterhead(), p.timeZone(), p.paperSize(), p.sopNumberPattern(), p.logo(), p.logoContentType());
        TenantSeed copied = new TenantSeed(copy, seed.units(), seed.topPositions(), seed.legalBases(),
                seed.users().stream().map(u -> new UserSeed(u.username() + "." + userSuffix, u.fullName(), u.nip(),
                        u.email(), u.password(), u.roles(), u.positions())).toList());
        context.getBean(TenantSeedLoader.class).load(copied, "classpath*:tenants/" + sample + "/");
    }
}
