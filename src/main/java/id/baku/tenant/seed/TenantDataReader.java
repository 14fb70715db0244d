package id.baku.tenant.seed;

import id.baku.shared.yaml.YamlDataException;
import id.baku.shared.yaml.YamlMap;

import id.baku.security.AppRole;
import id.baku.shared.Nip;
import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TimeZoneCode;
import id.baku.tenant.UnitKind;
import id.baku.tenant.seed.TenantSeed.HeldSeed;
import id.baku.tenant.seed.TenantSeed.LegalBasisSeed;
import id.baku.tenant.seed.TenantSeed.PositionSeed;
import id.baku.tenant.seed.TenantSeed.Profile;
import id.baku.tenant.seed.TenantSeed.UnitSeed;
import id.baku.tenant.seed.TenantSeed.UserSeed;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one tenant folder; the schema is documented in docs/tenant-data.md. */
final class TenantDataReader {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,100}$");

    private final String folderName;
    private final Resource tenantFile;

    /**
     * @param folderName the folder's name, e.g. {@code kota-tangerang}
     * @param tenantFile its {@code tenant.yaml}; the other files are looked up beside it
     */
    TenantDataReader(String folderName, Resource tenantFile) {
        this.folderName = folderName;
        this.tenantFile = tenantFile;
    }

    TenantSeed read() {
        Profile profile = readProfile(open("tenant.yaml", true).orElseThrow());
        YamlMap organisation = open("organisation.yaml", true).orElseThrow().allowOnly("units", "positions");
        Set<String> positionNames = new HashSet<>();
        List<UnitSeed> units = organisation.optionalMaps("units").stream().map(u -> readUnit(u, positionNames)).toList();
        List<PositionSeed> top = readPositions(organisation, positionNames);
        YamlMap legal = open("legal-bases.yaml", true).orElseThrow().allowOnly("legalBases");
        List<LegalBasisSeed> legalBases = legal.optionalMaps("legalBases").stream().map(this::readLegalBasis).toList();
        List<UserSeed> users = open("users.yaml", false)
                .map(file -> readUsers(file.allowOnly("users"), positionNames))
                .orElse(List.of());
        return new TenantSeed(profile, units, top, legalBases, users);
    }

    private Profile readProfile(YamlMap y) {
        y.allowOnly("code", "name", "kind", "address", "phone", "email", "website", "letterhead", "timeZone",
                "paperSize", "sopNumberPattern", "logo");
        String code = y.requiredString("code");
        if (!CODE.matcher(code).matches() || !code.equals(folderName)) {
            throw y.error("code", "tenant-data.code", folderName);
        }
        List<String> letterhead = y.optionalStrings("letterhead");
        if (letterhead.isEmpty()) {
            throw y.error("letterhead", "tenant-data.letterhead");
        }
        String pattern = y.requiredString("sopNumberPattern");
        if (!pattern.contains("{nomor}")) {
            throw y.error("sopNumberPattern", "tenant-data.pattern");
        }
        byte[] logo = null;
        String logoType = null;
        Optional<String> logoFile = y.optionalString("logo");
        if (logoFile.isPresent()) {
            logoType = contentType(logoFile.get()).orElseThrow(() -> y.error("logo", "tenant-data.logo-type"));
            logo = bytes(logoFile.get()).orElseThrow(() -> y.error("logo", "tenant-data.logo-missing"));
        }
        return new Profile(code, limit(y, "name", 200),
                y.requiredEnum("kind", text -> enumOf(TenantKind.class, text), "kota", "kabupaten", "provinsi"),
                y.optionalString("address").orElse(null), y.optionalString("phone").orElse(null),
                y.optionalString("email").orElse(null), y.optionalString("website").orElse(null), letterhead,
                y.requiredEnum("timeZone", text -> enumOf(TimeZoneCode.class, text), "WIB", "WITA", "WIT"),
                y.requiredEnum("paperSize", text -> enumOf(PaperSize.class, text), "A4", "F4"),
                pattern, logo, logoType);
    }

    private UnitSeed readUnit(YamlMap y, Set<String> positionNames) {
        y.allowOnly("name", "kind", "positions", "units");
        String[] kinds = Arrays.stream(UnitKind.values()).map(UnitKind::code).toArray(String[]::new);
        return new UnitSeed(limit(y, "name", 255), y.requiredEnum("kind", UnitKind::fromCode, kinds),
                readPositions(y, positionNames),
                y.optionalMaps("units").stream().map(u -> readUnit(u, positionNames)).toList());
    }

    private List<PositionSeed> readPositions(YamlMap y, Set<String> positionNames) {
        List<PositionSeed> positions = new ArrayList<>();
        for (YamlMap p : y.optionalMaps("positions")) {
            p.allowOnly("name", "head");
            String name = limit(p, "name", 255);
            if (!positionNames.add(name)) {
                throw p.error("name", "tenant-data.twice", name);
            }
            positions.add(new PositionSeed(name, p.optionalBoolean("head", false)));
        }
        return positions;
    }

    private LegalBasisSeed readLegalBasis(YamlMap y) {
        y.allowOnly("kind", "issuer", "number", "year", "title");
        String[] kinds = Arrays.stream(LegalBasisKind.values()).map(LegalBasisKind::code).toArray(String[]::new);
        LegalBasisKind kind = y.requiredEnum("kind", LegalBasisKind::fromCode, kinds);
        int year = y.requiredInt("year");
        if (year < 1945 || year > Year.now().getValue()) {
            throw y.error("year", "tenant-data.year");
        }
        if (kind == LegalBasisKind.LAINNYA && !y.has("issuer")) {
            throw y.error("issuer", "tenant-data.issuer");
        }
        return new LegalBasisSeed(kind, y.optionalString("issuer").orElse(null), limit(y, "number", 50), year,
                y.optionalString("title").orElse(null));
    }

    private List<UserSeed> readUsers(YamlMap file, Set<String> positionNames) {
        List<UserSeed> users = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (YamlMap y : file.optionalMaps("users")) {
            y.allowOnly("username", "name", "nip", "email", "password", "roles", "positions");
            String username = y.requiredString("username").toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                throw y.error("username", "user.error.username");
            }
            if (!usernames.add(username)) {
                throw y.error("username", "tenant-data.twice", username);
            }
            String nip = y.optionalString("nip").orElse(null);
            if (nip != null && Nip.problem(nip).isPresent()) {
                throw y.error("nip", "tenant-data.nip");
            }
            String password = y.requiredString("password");
            if (password.length() < 8) {
                throw y.error("password", "user.error.password", 8);
            }
            Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
            for (String code : y.optionalStrings("roles")) {
                AppRole role = AppRole.fromCode(code).filter(r -> r != AppRole.PLATFORM_ADMIN)
                        .orElseThrow(() -> y.error("roles", "yaml.not-one-of", code,
                                String.join(", ", Arrays.stream(AppRole.tenantRoles()).map(AppRole::code).toList())));
                roles.add(role);
            }
            if (roles.isEmpty()) {
                throw y.error("roles", "user.error.roles");
            }
            List<HeldSeed> held = new ArrayList<>();
            for (YamlMap p : y.optionalMaps("positions")) {
                p.allowOnly("position", "acting");
                String position = p.requiredString("position");
                if (!positionNames.contains(position)) {
                    throw p.error("position", "tenant-data.no-position", position);
                }
                held.add(new HeldSeed(position, p.optionalBoolean("acting", false)));
            }
            users.add(new UserSeed(username, limit(y, "name", 200), nip == null ? null : Nip.normalize(nip),
                    y.optionalString("email").orElse(null), password, roles, held));
        }
        return users;
    }

    private Optional<YamlMap> open(String name, boolean required) {
        String display = "tenants/" + folderName + "/" + name;
        try {
            Resource resource = tenantFile.createRelative(name);
            if (!resource.exists()) {
                if (required) {
                    throw new YamlDataException(display, 0, null, "yaml.missing");
                }
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                return Optional.of(YamlMap.parse(display, in));
            }
        } catch (IOException e) {
            throw new YamlDataException(display, 0, null, "yaml.unreadable", e.getMessage());
        }
    }

    private Optional<byte[]> bytes(String name) {
        try {
            Resource resource = tenantFile.createRelative(name);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> contentType(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return Optional.of("image/png");
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Optional.of("image/jpeg");
        }
        if (lower.endsWith(".svg")) {
            return Optional.of("image/svg+xml");
        }
        return Optional.empty();
    }

    private static String limit(YamlMap y, String key, int max) {
        String text = y.requiredString(key);
        if (text.length() > max) {
            throw y.error(key, "validation.too-long", max);
        }
        return text;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text)).findFirst();
    }
}
