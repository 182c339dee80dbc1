package vn.congvu.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.exchange.ImportResult;
import vn.congvu.domain.Result;
import vn.congvu.exchange.ConflictKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeBasicsTest {

    @TempDir
    Path dir;
    Laptop a;
    Laptop b;

    @BeforeEach
    void open() {
        a = new Laptop(dir, "an", Instant.parse("2025-03-05T01:00:00Z"));
        b = new Laptop(dir, "binh", Instant.parse("2025-03-05T01:00:00Z"));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void laptopsSeedTheSameReferenceData() {
        assertThat(a.device()).isNotEqualTo(b.device());
        assertThat(a.dump().get("units")).isEqualTo(b.dump().get("units"));
        assertThat(a.dump().get("criteria")).isEqualTo(b.dump().get("criteria"));
        assertThat(a.dump().get("calendar_days")).isEqualTo(b.dump().get("calendar_days"));
    }

    @Test
    void visitTravelsWithItsPhotoAndImportingTwiceChangesNothing() throws Exception {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        a.addPhoto(visit, "ảnh một");
        Path pkg = a.export(dir.resolve("an.congvu"), ExportScope.all());

        ImportResult first = b.importFrom(pkg);
        assertThat(first.counts().added()).isGreaterThan(3);
        assertThat(first.counts().conflicting()).isZero();
        String path = b.ws.db().read(c -> vn.congvu.store.Sql.queryOne(c, "SELECT file_path FROM evidence",
                rs -> rs.getString(1)).orElseThrow());
        assertThat(Files.readString(b.dir.resolve(path))).isEqualTo("ảnh một");
        assertThat(b.dump()).isEqualTo(a.dump());

        var before = b.dump();
        long auditBefore = b.ws.audit().entries(null, null, 100_000).size();
        ImportResult second = b.importFrom(pkg);
        assertThat(second.counts().changesSomething()).isFalse();
        assertThat(b.dump()).isEqualTo(before);
        assertThat(b.ws.audit().entries(null, null, 100_000)).hasSize((int) auditBefore);
    }

    @Test
    void editsOnBothLaptopsSinceTheLastExchangeAreAConflictNeverResolvedSilently() {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        b.importFrom(a.export(dir.resolve("1.congvu"), ExportScope.all()));
        a.answer(visit, "1.1", Result.FAIL, "Vắng một người");
        b.answer(visit, "1.1", Result.PASS, "Đủ người");

        ImportResult r = b.importFrom(a.export(dir.resolve("2.congvu"), ExportScope.all()));

        assertThat(r.counts().conflicting()).isEqualTo(1);
        var conflicts = b.exchange.conflicts(true);
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).kind()).isEqualTo(ConflictKind.EDIT);
        assertThat(conflicts.get(0).fields()).anySatisfy(f -> {
            assertThat(f.column()).isEqualTo("note");
            assertThat(f.local()).isEqualTo("Đủ người");
            assertThat(f.incoming()).isEqualTo("Vắng một người");
        });
        String kept = b.ws.db().read(c -> b.ws.answerRepository().find(c, visit, b.criterionId("1.1")).orElseThrow().note());
        assertThat(kept).isEqualTo("Đủ người");
    }

    @Test
    void aDeletionTravelsAsATombstone() {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        b.importFrom(a.export(dir.resolve("1.congvu"), ExportScope.all()));
        String official = a.ws.db().read(c -> vn.congvu.store.Sql.queryOne(c, "SELECT id FROM officials WHERE visit_id = ?",
                rs -> rs.getString(1), visit).orElseThrow());
        a.ws.db().write(c -> a.ws.officialRepository().delete(c, official));

        ImportResult r = b.importFrom(a.export(dir.resolve("2.congvu"), ExportScope.all()));

        assertThat(r.counts().deleted()).isEqualTo(1);
        java.util.List<vn.congvu.domain.Official> left = b.ws.db().read(c -> b.ws.officialRepository().officialsOf(c, visit));
        assertThat(left).isEmpty();
        assertThat(b.dump()).isEqualTo(a.dump());
    }

    @Test
    void sinceTheLastExportToSomeoneOnlyWhatChangedTravels() {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        var first = a.exchange.export(new vn.congvu.app.exchange.ExchangeService.ExportRequest(dir.resolve("1.congvu"),
                ExportScope.all().sinceLastTo("Trưởng đoàn"), null, false), ProgressListener.NONE, () -> false);
        assertThat(first.counts().get("units")).isEqualTo(126);
        b.importFrom(dir.resolve("1.congvu"));
        a.answer(visit, "1.1", Result.FAIL, "Vắng");

        var second = a.exchange.export(new vn.congvu.app.exchange.ExchangeService.ExportRequest(dir.resolve("2.congvu"),
                ExportScope.all().sinceLastTo("Trưởng đoàn"), null, false), ProgressListener.NONE, () -> false);

        assertThat(second.counts()).containsEntry("answers", 1).doesNotContainKey("units").doesNotContainKey("visits");
        assertThat(b.importFrom(dir.resolve("2.congvu")).counts().updated()).isEqualTo(1);
        assertThat(b.dump()).isEqualTo(a.dump());
    }

    @Test
    void aPlanPackageCarriesWhatItsVisitsReferTo() {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        var pkg = a.export(dir.resolve("visit.congvu"), ExportScope.visits(java.util.List.of(visit)));
        var preview = b.exchange.preview(pkg, null);
        assertThat(preview.items()).anySatisfy(i -> {
            assertThat(i.table()).isEqualTo("visits");
            assertThat(i.action()).isEqualTo(MergeAction.NEW);
        });
        assertThat(preview.counts().added()).isEqualTo(3);
        assertThat(b.ws.visits().list(null)).isEmpty();
    }

    @Test
    void aCancelledImportLeavesNothing() {
        String visit = a.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
        a.addPhoto(visit, "ảnh");
        Path pkg = a.export(dir.resolve("1.congvu"), ExportScope.all());
        var before = b.dump();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.exchange.importPackage(pkg, null,
                ProgressListener.NONE, () -> true)).isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(b.dump()).isEqualTo(before);
        assertThat(b.dir.resolve("evidence")).doesNotExist();
    }
}
