package id.baku;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Each direct sub-package of id.baku is a module; its internals stay its own. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(BakuApplication.class);

    @Test
    void modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
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
