package org.marketgov.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LayeringTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marketgov.persistence");

    @Test
    @DisplayName("entities import nothing from EJB, JAX-RS, Faces or the business components")
    void entitiesStayBelowEverything() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..",
                        "jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..")
                .check(classes);
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("org.marketgov.persistence..",
                        "java..", "javax.crypto..", "jakarta.persistence..")
                .check(classes);
    }
}
