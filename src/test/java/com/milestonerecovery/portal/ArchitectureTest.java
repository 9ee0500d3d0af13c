package com.milestonerecovery.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/** The feature layering of STYLE.md, enforced: ui -> service -> domain -> base, no cycles. */
class ArchitectureTest {

    private static final String ROOT = "com.milestonerecovery.portal";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyUiPackagesUseVaadinComponents() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .because("views are the only place that builds components")
                .check(classes);
    }

    @Test
    void featureCodeNeverDependsOnUi() {
        // Web security configuration names the login view; nothing else outside ui/ may know a view.
        // Only our own ui packages: libraries have theirs (JFreeChart's org.jfree.chart.ui holds its layout types).
        noClasses().that().resideOutsideOfPackages("..ui..").and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiNeverTouchesRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositoriesArePrivateToTheirFeature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".security..", ROOT + ".notification..",
                        ROOT + ".publicsite..", ROOT + ".clientportal..", ROOT + ".staff..", ROOT + ".demo..")
                .check(classes);
    }

    @Test
    void nothingDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        // Views may compose each other's layouts (the login view sits in the public layout); feature code may not cycle.
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("..ui.."), resideInAPackage("..ui.."))
                .check(classes);
    }
}
