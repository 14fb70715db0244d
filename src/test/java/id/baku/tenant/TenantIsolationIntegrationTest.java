package id.baku.tenant;

import id.baku.security.AppRole;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.OrgUnit;
import id.baku.tenant.domain.OrgUnitRepository;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user of one pemda tries, in every way we can think of, to see or change another pemda's data. */
@IntegrationTest
class TenantIsolationIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired OrganisationService organisation;
    @Autowired UserService users;
    @Autowired LegalBasisService legalBases;
    @Autowired TenantService tenants;
    @Autowired OrgUnitRepository unitRepository;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    long tangerang;
    long lamandau;

    @BeforeEach
    void setUp() {
        tangerang = tenantId("kota-tangerang");
        lamandau = tenantId("kabupaten-lamandau");
        signIn.as("admin.tangerang");
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void lists_show_only_the_own_pemda() {
        assertThat(organisation.listUnits()).extracting(UnitRecord::id).containsExactlyInAnyOrderElementsOf(ids("org_unit", tangerang));
        assertThat(organisation.listPositions()).extracting(PositionRecord::id).containsExactlyInAnyOrderElementsOf(ids("job_position", tangerang));
        assertThat(users.listUsers()).extracting(UserRecord::id).containsExactlyInAnyOrderElementsOf(ids("app_user", tangerang));
        assertThat(legalBases.list()).extracting(LegalBasisRecord::id).containsExactlyInAnyOrderElementsOf(ids("legal_basis", tangerang));
        assertThat(tenants.currentProfile().code()).isEqualTo("kota-tangerang");
    }

    @Test
    void guessing_another_pemdas_ids_finds_nothing() {
        assertThat(organisation.findUnit(anyId("org_unit", lamandau))).isEmpty();
        assertThat(organisation.findPosition(anyId("job_position", lamandau))).isEmpty();
        assertThat(users.findUser(anyId("app_user", lamandau))).isEmpty();
        assertThat(legalBases.find(anyId("legal_basis", lamandau))).isEmpty();
    }

    @Test
    void changing_or_deleting_another_pemdas_records_fails_and_leaves_them_untouched() {
        long unitId = anyId("org_unit", lamandau);
        String name = jdbc.sql("select name from org_unit where id = ?").param(unitId).query(String.class).single();
        assertThatThrownBy(() -> organisation.saveUnit(new UnitRecord(unitId, null, "Diretas", UnitKind.BAGIAN, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisation.deleteUnit(unitId)).isInstanceOf(NotFoundException.class);
        long userId = anyId("app_user", lamandau);
        assertThatThrownBy(() -> users.resetPassword(userId, "password-baru")).isInstanceOf(NotFoundException.class);
        long basisId = anyId("legal_basis", lamandau);
        assertThatThrownBy(() -> legalBases.delete(basisId)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select name from org_unit where id = ?").param(unitId).query(String.class).single()).isEqualTo(name);
        assertThat(jdbc.sql("select count(*) from legal_basis where id = ?").param(basisId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void crafted_references_to_another_pemdas_records_are_refused() {
        long lamandauUnit = anyId("org_unit", lamandau);
        assertThatThrownBy(() -> organisation.saveUnit(new UnitRecord(null, lamandauUnit, "Sub Unit Titipan", UnitKind.TIM_KERJA, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
        assertThatThrownBy(() -> organisation.savePosition(new PositionRecord(null, lamandauUnit, "Jabatan Titipan", false, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unitId"));
        long lamandauPosition = anyId("job_position", lamandau);
        assertThatThrownBy(() -> users.createUser(new UserRecord(null, "titipan.tangerang", "Pengguna Titipan", null, null,
                true, false, Set.of(AppRole.STAFF), List.of(new HeldPosition(lamandauPosition, false)), 0), "rahasia-123"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("positions"));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'titipan.tangerang'").query(Integer.class).single()).isZero();
    }

    @Test
    void bulk_jpql_updates_and_deletes_stay_inside_the_pemda() {
        int lamandauUnits = count("org_unit", lamandau);
        List<String> lamandauNames = names(lamandau);
        transactions.executeWithoutResult(tx -> {
            int updated = entityManager.createQuery("update OrgUnit u set u.name = concat(u.name, '')").executeUpdate();
            assertThat(updated).isEqualTo(count("org_unit", tangerang));
            entityManager.createQuery("delete from OrgUnit u where u.id = :id").setParameter("id", anyId("org_unit", lamandau)).executeUpdate();
            tx.setRollbackOnly();
        });
        assertThat(count("org_unit", lamandau)).isEqualTo(lamandauUnits);
        assertThat(names(lamandau)).isEqualTo(lamandauNames);
    }

    @Test
    void an_entity_loaded_by_id_from_another_pemda_is_not_found() {
        long unitId = anyId("org_unit", lamandau);
        transactions.executeWithoutResult(tx -> assertThat(entityManager.find(OrgUnit.class, unitId)).isNull());
    }

    @Test
    void an_entity_stored_by_one_pemda_belongs_to_it_whatever_it_claims() {
        UnitRecord created = organisation.saveUnit(new UnitRecord(null, null, "Unit Uji Isolasi", UnitKind.LAINNYA, 0));
        assertThat(jdbc.sql("select tenant_id from org_unit where id = ?").param(created.id()).query(Long.class).single())
                .isEqualTo(tangerang);
        organisation.deleteUnit(created.id());
    }

    @Test
    void without_a_signed_in_user_there_is_no_pemda_and_nothing_to_read() {
        SignIn.out();
        assertThatThrownBy(() -> organisation.listUnits()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        List<OrgUnit> visible = transactions.execute(tx -> unitRepository.findAll());
        assertThat(visible).isEmpty();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                unitRepository.saveAndFlush(new OrgUnit(null, "Tanpa Pemda", UnitKind.LAINNYA))))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from org_unit where name = 'Tanpa Pemda'").query(Integer.class).single()).isZero();
    }

    @Test
    void a_tenant_admin_cannot_use_platform_functions() {
        assertThatThrownBy(() -> tenants.listTenants()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_cannot_administer_the_pemda() {
        String staff = jdbc.sql("""
                select u.username from app_user u join app_user_role r on r.user_id = u.id
                where u.tenant_id = ? and r.role = 'STAFF' and u.id not in
                  (select user_id from app_user_role where role = 'TENANT_ADMIN') limit 1""")
                .param(tangerang).query(String.class).single();
        signIn.as(staff);
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.saveUnit(new UnitRecord(null, null, "Unit Liar", UnitKind.LAINNYA, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long tenantId(String code) {
        return jdbc.sql("select id from tenant where code = ?").param(code).query(Long.class).single();
    }

    private List<Long> ids(String table, long tenantId) {
        return jdbc.sql("select id from " + table + " where tenant_id = ?").param(tenantId).query(Long.class).list();
    }

    private long anyId(String table, long tenantId) {
        return ids(table, tenantId).getFirst();
    }

    private int count(String table, long tenantId) {
        return ids(table, tenantId).size();
    }

    private List<String> names(long tenantId) {
        return jdbc.sql("select name from org_unit where tenant_id = ? order by id").param(tenantId).query(String.class).list();
    }
}
