package org.ceasefire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of CONVENTIONS.md, checked on every build. */
@AnalyzeClasses(packages = "org.ceasefire", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("org.ceasefire.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule controllersArePackagePrivate =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .should()
          .notBePublic();

  @ArchTest
  static final ArchRule analyticsKnowsNothingOfTheServer =
      noClasses()
          .that()
          .resideInAPackage("org.ceasefire.analytics..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "java.sql..");

  @ArchTest
  static final ArchRule onlyThePlatformStartsTheEmbeddedDatabase =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.ceasefire.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.zonky..");
}
