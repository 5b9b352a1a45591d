package com.fabwright.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering inside {@code app} (DESIGN.md, Layout): only {@code com.fabwright.app.ui} imports JavaFX;
 * the command line, job loading, engine bridge and benchmark stay usable without a toolkit, and
 * nothing but the command line's door ({@code ui.Gui}) leads into the UI.
 */
@AnalyzeClasses(packages = "com.fabwright.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule only_ui_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("com.fabwright.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the ui package may import javafx.*");

    @ArchTest
    static final ArchRule ui_is_entered_only_through_gui = noClasses()
            .that().resideOutsideOfPackage("com.fabwright.app.ui..")
            .should().dependOnClassesThat(resideInAPackage("com.fabwright.app.ui..")
                    .and(not(name("com.fabwright.app.ui.Gui"))))
            .because("the command line opens the window through ui.Gui only");

    @ArchTest
    static final ArchRule job_and_engine_do_not_know_the_cli = noClasses()
            .that().resideInAnyPackage("com.fabwright.app.job..", "com.fabwright.app.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fabwright.app.cli..", "com.fabwright.app.ui..",
                    "picocli..")
            .because("job loading and the engine bridge serve both the command line and the window");
}
