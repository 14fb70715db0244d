package id.baku;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** Each direct sub-package of id.baku is a module; its internals stay its own. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(BakuApplication.class);

    @Test
    void modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
    }

    /**
     * SQL written by hand bypasses Hibernate's {@code @TenantId} filter, so only the classes below
     * may use it, each because it must read across pemda on purpose. A new one needs a review of
     * its tenant condition and a line here.
     */
    @Test
    void only_reviewed_classes_run_sql_that_bypasses_the_tenant_filter() {
        ArchRule rule = noClasses().that().resideInAPackage("id.baku..")
                .and().doNotHaveFullyQualifiedName("id.baku.tenant.domain.TenantUserAccounts") // sign-in lookup by username or API token hash
                .and().doNotHaveFullyQualifiedName("id.baku.tenant.UserService") // usernames unique across all pemda
                .and().doNotHaveFullyQualifiedName("id.baku.compliance.domain.StatisticsWriter") // upserts naming their pemda
                .and().doNotHaveFullyQualifiedName("id.baku.security.saml.SamlStore") // SAML settings, keys, replay cache: each statement names its pemda
                .and().doNotHaveFullyQualifiedName("id.baku.audit.AuditTrail") // appends before commit: each statement names the bound pemda
                .and().doNotHaveFullyQualifiedName("id.baku.audit.AuditTrail$Pending")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould().callMethodWhere(describe("createNativeQuery",
                        call -> call.getTarget().getName().equals("createNativeQuery")))
                .because("hand-written SQL is not scoped to the pemda by Hibernate");
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.baku");
        rule.check(classes);
        noMethods()
                .should().beAnnotatedWith(describe("a native @Query",
                        a -> a.getRawType().getName().equals("org.springframework.data.jpa.repository.Query")
                                && Boolean.TRUE.equals(a.get("nativeQuery").orElse(false))))
                .because("hand-written SQL is not scoped to the pemda by Hibernate").check(classes);
    }

    /** Acting as another user is for Baku's own demo history; requests carry their own sign-in. */
    @Test
    void only_the_demo_history_acts_as_another_user() {
        noClasses().that().resideInAPackage("id.baku..")
                .and().doNotHaveFullyQualifiedName("id.baku.execution.DemoRunHistory")
                .and().doNotHaveFullyQualifiedName("id.baku.security.ActAs")
                .should().dependOnClassesThat().haveFullyQualifiedName("id.baku.security.ActAs")
                .because("signing a thread in as someone else bypasses their sign-in")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.baku"));
    }

    @Test
    void views_never_touch_entities_or_repositories() {
        ArchRule rule = noClasses().that().resideInAPackage("id.baku..ui..")
                .should().dependOnClassesThat().resideInAPackage("id.baku..domain..")
                .because("views talk to their module's service, which takes and returns records");
        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.baku"));
    }
}
