package com.fabwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering of {@code dfm-rules} (DESIGN.md, Layout): it may use {@code gerber-parser} but never the
 * application, and never JavaFX. Only this module's classes are checked (the parser's classes are on
 * the class path too and have their own test).
 */
@AnalyzeClasses(packages = "com.fabwright.dfm", importOptions = ImportOption.DoNotIncludeTests.class)
class DfmRulesArchitectureTest {

    @ArchTest
    static final ArchRule does_not_depend_on_app = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.fabwright.app..")
            .allowEmptyShould(true)
            .because("dependencies run one way: app -> dfm-rules -> gerber-parser");

    @ArchTest
    static final ArchRule does_not_use_javafx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .allowEmptyShould(true)
            .because("nothing below app imports JavaFX");
}
