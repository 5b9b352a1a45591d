package com.fabwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The panel packages follow the module's layering: no application classes, no JavaFX (DESIGN.md, Layout). */
@AnalyzeClasses(packages = "com.fabwright.panel", importOptions = ImportOption.DoNotIncludeTests.class)
class PanelArchitectureTest {

    @ArchTest
    static final ArchRule does_not_depend_on_app = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.fabwright.app..")
            .because("dependencies run one way: app -> dfm-rules -> gerber-parser");

    @ArchTest
    static final ArchRule does_not_use_javafx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("nothing below app imports JavaFX");
}
