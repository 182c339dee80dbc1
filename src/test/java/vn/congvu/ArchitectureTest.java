package vn.congvu;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs and STYLE.md: {@code domain} is plain Java; {@code store} keeps SQLite behind it;
 * {@code app} holds the use cases that {@code ui} and {@code cli} share; {@code ui} and {@code cli} talk to
 * {@code app} (with domain types) and never to the store; only the Launcher knows both front ends.
 *
 * <p>Plain {@code @Test} methods rather than {@code @ArchTest} fields: Surefire 3.5.3 silently skips
 * {@code @ArchTest} fields (TNG/ArchUnit#1442), which would leave the rules unchecked with a green build.
 */
class ArchitectureTest {

    private static final String DOMAIN = "vn.congvu.domain..";
    private static final String STORE = "vn.congvu.store..";
    private static final String APP = "vn.congvu.app..";
    private static final String CLI = "vn.congvu.cli..";
    private static final String UI = "vn.congvu.ui..";
    private static final String JAVAFX = "javafx..";

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        // from the main classes' own folder (or jar): scanning every jar on the classpath for the package is slow
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(Launcher.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void domainUsesNothingOfOursButItself() {
        noClasses()
                .that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat(resideInAPackage("vn.congvu..").and(not(resideInAPackage(DOMAIN))))
                .because("the domain is the rules alone; everything else depends on it, not the reverse")
                .check(mainClasses);
    }

    @Test
    void domainUsesOnlyTheJdk() {
        classes()
                .that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat(resideInAPackage(DOMAIN).or(resideInAPackage("java..")))
                .because("domain rules are plain Java, tested without a database, a window or a library")
                .check(mainClasses);
    }

    @Test
    void domainKnowsNoDatabaseWindowOrFormat() {
        noClasses()
                .that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", JAVAFX, "java.awt..",
                        "javax.swing..", "picocli..", "org.apache.poi..", "com.fasterxml.jackson..", "org.slf4j..")
                .check(mainClasses);
    }

    @Test
    void storeDoesNotKnowItsCallers() {
        noClasses()
                .that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(APP, CLI, UI, JAVAFX)
                .check(mainClasses);
    }

    @Test
    void appDoesNotKnowItsFrontEnds() {
        noClasses()
                .that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage(CLI, UI, JAVAFX)
                .because("the use cases are shared by the window and the command line")
                .check(mainClasses);
    }

    @Test
    void frontEndsGoThroughApp() {
        noClasses()
                .that().resideInAnyPackage(CLI, UI)
                .should().dependOnClassesThat().resideInAPackage(STORE)
                .because("the UI and the command line talk to app and use domain types, never the store")
                .check(mainClasses);
    }

    @Test
    void cliKnowsNoWindow() {
        noClasses()
                .that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAnyPackage(UI, JAVAFX)
                .because("the Launcher wires the desktop app in through DesktopStarter")
                .check(mainClasses);
    }

    @Test
    void uiDoesNotUseTheCommandLine() {
        noClasses()
                .that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .check(mainClasses);
    }

    @Test
    void layersAreFreeOfCycles() {
        slices()
                .matching("vn.congvu.(*)..")
                .should().beFreeOfCycles()
                .check(mainClasses);
    }
}
