package vn.congvu.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The report layer lays out documents from plain records: it knows the domain and the document libraries,
 * never the database, the use cases or the screens. Only the app layer's export package calls it.
 */
class ReportLayerTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.congvu");

    @Test
    void reportUsesOnlyTheDomainAndDocumentLibraries() {
        classes().that().resideInAPackage("vn.congvu.report..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.congvu.report..", "vn.congvu.domain..",
                        "java..", "javax.xml..", "org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..",
                        "com.deepoove.poi..", "org.apache.commons.compress..", "org.slf4j..", "com.microsoft.schemas..",
                        "com.google.zxing..")
                .check(classes);
    }

    @Test
    void onlyTheExportUseCaseCallsTheReportLayer() {
        noClasses().that().resideOutsideOfPackages("vn.congvu.report..", "vn.congvu.app.export..")
                .should().dependOnClassesThat().resideInAPackage("vn.congvu.report..")
                .check(classes);
    }
}
