package com.fabwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering of the quoting packages (DESIGN.md, Layout): none imports JavaFX; the cost model knows
 * neither the store, the exports nor the command line; store and exports do not know the command line.
 */
@AnalyzeClasses(packages = {"com.fabwright.quote", "com.fabwright.store", "com.fabwright.export"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class QuoteArchitectureTest {

    @ArchTest
    static final ArchRule no_javafx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "com.fabwright.app.ui..")
            .because("quote, store and export serve the command line and the window alike");

    @ArchTest
    static final ArchRule cost_model_is_pure = noClasses().that().resideInAPackage("com.fabwright.quote..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fabwright.store..", "com.fabwright.export..",
                    "com.fabwright.app..", "java.sql..", "org.apache.poi..", "org.apache.pdfbox..")
            .because("the cost model is pure: inputs and rates in, line items out");

    @ArchTest
    static final ArchRule no_cli = noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fabwright.app.cli..", "picocli..")
            .because("the command line uses these packages, not the other way round");
}
