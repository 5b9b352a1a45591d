package com.fabwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering of {@code gerber-parser} (DESIGN.md, Layout): it is the bottom of
 * {@code app -> dfm-rules -> gerber-parser}, so it knows neither the analyses nor the application,
 * and nothing below {@code app} imports JavaFX.
 */
@AnalyzeClasses(packages = "com.fabwright", importOptions = ImportOption.DoNotIncludeTests.class)
class GerberParserArchitectureTest {

    @ArchTest
    static final ArchRule does_not_depend_on_dfm_rules_or_app = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.fabwright.dfm..", "com.fabwright.app..")
            .because("dependencies run one way: app -> dfm-rules -> gerber-parser");

    @ArchTest
    static final ArchRule does_not_use_javafx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("nothing below app imports JavaFX");
}
