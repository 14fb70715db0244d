package id.baku.tenant.seed;

import id.baku.shared.yaml.YamlDataException;
import id.baku.security.AppRole;
import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.TimeZoneCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantDataReaderTest {

    @TempDir
    Path root;

    @Test
    void every_sample_pemda_reads_without_errors() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:tenants/*/tenant.yaml");
        assertThat(files).hasSize(3);
        for (Resource file : files) {
            String folder = Path.of(file.getURI()).getParent().getFileName().toString();
            TenantSeed seed = new TenantDataReader(folder, file).read();
            assertThat(seed.units()).as(folder).isNotEmpty();
            assertThat(seed.legalBases()).as(folder).isNotEmpty();
            assertThat(seed.users()).as(folder).anyMatch(u -> u.roles().contains(AppRole.TENANT_ADMIN));
        }
    }

    @Test
    void reads_a_minimal_pemda() throws IOException {
        TenantSeed seed = read(validTenant(), validOrganisation(), validLegalBases(), validUsers());
        assertThat(seed.profile().timeZone()).isEqualTo(TimeZoneCode.WITA);
        assertThat(seed.units()).singleElement().satisfies(u -> assertThat(u.units()).hasSize(1));
        assertThat(seed.legalBases()).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo(LegalBasisKind.PERBUP));
        assertThat(seed.users()).singleElement().satisfies(u -> {
            assertThat(u.nip()).isEqualTo("196604191986102003");
            assertThat(u.positions()).singleElement().satisfies(p -> assertThat(p.acting()).isTrue());
        });
    }

    @Test
    void a_wrong_value_names_file_line_and_field() throws IOException {
        String organisation = validOrganisation().replace("kind: bagian", "kind: bagain");
        assertThatThrownBy(() -> read(validTenant(), organisation, validLegalBases(), validUsers()))
                .isInstanceOf(YamlDataException.class)
                .hasMessageContaining("tenants/kabupaten-contoh/organisation.yaml line 8")
                .hasMessageContaining("field units[1].units[1].kind")
                .hasMessageContaining("'bagain'");
    }

    @Test
    void an_unknown_field_is_an_error_not_silently_ignored() {
        String tenant = validTenant() + "timezone: WIB\n";
        assertThatThrownBy(() -> read(tenant, validOrganisation(), validLegalBases(), validUsers()))
                .hasMessageContaining("tenants/kabupaten-contoh/tenant.yaml line 12")
                .hasMessageContaining("field timezone: unknown field");
    }

    @Test
    void a_missing_required_field_is_named() {
        String tenant = validTenant().replace("paperSize: F4\n", "");
        assertThatThrownBy(() -> read(tenant, validOrganisation(), validLegalBases(), validUsers()))
                .hasMessageContaining("tenant.yaml line 1, field paperSize: required");
    }

    @Test
    void broken_yaml_syntax_names_the_line() {
        String legal = "legalBases:\n  - kind: perbup\n    number: [35\n";
        assertThatThrownBy(() -> read(validTenant(), validOrganisation(), legal, validUsers()))
                .hasMessageContaining("tenants/kabupaten-contoh/legal-bases.yaml line")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void a_user_holding_an_unknown_position_is_an_error() {
        String users = validUsers().replace("position: Kepala Bagian Umum", "position: Kepala Bagian Keuangan");
        assertThatThrownBy(() -> read(validTenant(), validOrganisation(), validLegalBases(), users))
                .hasMessageContaining("users.yaml line 9, field users[1].positions[1].position")
                .hasMessageContaining("no position named 'Kepala Bagian Keuangan'");
    }

    @Test
    void an_invalid_nip_is_an_error() {
        String users = validUsers().replace("196604191986102003", "196604191986103003");
        assertThatThrownBy(() -> read(validTenant(), validOrganisation(), validLegalBases(), users))
                .hasMessageContaining("users.yaml line 5, field users[1].nip");
    }

    @Test
    void the_code_must_match_the_folder() {
        String tenant = validTenant().replace("code: kabupaten-contoh", "code: kabupaten-lain");
        assertThatThrownBy(() -> read(tenant, validOrganisation(), validLegalBases(), validUsers()))
                .hasMessageContaining("field code");
    }

    @Test
    void a_position_listed_twice_is_an_error() {
        String organisation = validOrganisation() + "positions:\n  - name: Kepala Bagian Umum\n";
        assertThatThrownBy(() -> read(validTenant(), organisation, validLegalBases(), validUsers()))
                .hasMessageContaining("listed twice");
    }

    private TenantSeed read(String tenant, String organisation, String legalBases, String users) throws IOException {
        Path folder = Files.createDirectories(root.resolve("kabupaten-contoh"));
        Files.writeString(folder.resolve("tenant.yaml"), tenant);
        Files.writeString(folder.resolve("organisation.yaml"), organisation);
        Files.writeString(folder.resolve("legal-bases.yaml"), legalBases);
        Files.writeString(folder.resolve("users.yaml"), users);
        return new TenantDataReader("kabupaten-contoh", new FileSystemResource(folder.resolve("tenant.yaml"))).read();
    }

    private static String validTenant() {
        return """
                code: kabupaten-contoh
                name: Pemerintah Kabupaten Contoh
                kind: kabupaten
                address: Jl. Merdeka No. 1
                letterhead:
                  - PEMERINTAH KABUPATEN CONTOH
                  - SEKRETARIAT DAERAH
                timeZone: WITA
                paperSize: F4
                sopNumberPattern: "{nomor}/SOP/{bulan}/{tahun}"
                email: setda@contoh.go.id
                """;
    }

    private static String validOrganisation() {
        return """
                units:
                  - name: Sekretariat Daerah
                    kind: perangkat-daerah
                    positions:
                      - name: Sekretaris Daerah
                    units:
                      - name: Bagian Umum
                        kind: bagian
                        positions:
                          - name: Kepala Bagian Umum
                            head: true
                """;
    }

    private static String validLegalBases() {
        return """
                legalBases:
                  - kind: perbup
                    issuer: Contoh
                    number: "12"
                    year: 2021
                    title: Tata Kerja Sekretariat Daerah
                """;
    }

    private static String validUsers() {
        return """
                users:
                  - username: admin.contoh
                    name: Admin Contoh
                    email: admin@contoh.go.id
                    nip: "196604191986102003"
                    password: baku-demo
                    roles: [tenant-admin, reviewer]
                    positions:
                      - position: Kepala Bagian Umum
                        acting: true
                """;
    }
}
