package org.marketgov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The business components depend downwards only (STYLE: "Modules show the architecture"). */
class DependencyDirectionTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marketgov");

    @Test
    @DisplayName("platform uses no management system")
    void platformIsShared() {
        noClasses().that().resideInAPackage("org.marketgov.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marketgov.membership..",
                        "org.marketgov.trading..", "org.marketgov.credit..",
                        "org.marketgov.security..")
                .check(classes);
    }

    @Test
    @DisplayName("the business layer knows nothing of JAX-RS or Faces")
    void noEdgesInTheCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..",
                        "jakarta.faces..", "org.primefaces..", "org.marketgov.api..",
                        "org.marketgov.web..")
                .check(classes);
    }
}
