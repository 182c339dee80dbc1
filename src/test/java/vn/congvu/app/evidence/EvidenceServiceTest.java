package vn.congvu.app.evidence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.Jpegs;
import vn.congvu.testing.ReadOnlyFolder;
import vn.congvu.testing.TestVisits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Visit visit;
    private Path photos;

    @BeforeEach
    void open() throws IOException {
        ws = Workspace.open(Files.createDirectories(dir.resolve("data")).resolve("congvu.db"), true,
                Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        visit = TestVisits.start(ws);
        photos = Files.createDirectories(dir.resolve("camera"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private long rows() {
        return ws.db().read(c -> vn.congvu.store.Sql.queryLong(c, "SELECT count(*) FROM evidence"));
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static AppException refusal(Runnable r) {
        try {
            r.run();
        } catch (AppException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPhotoIsCopiedUnderItsHashWithItsExifTimeOrientationSizeAndType() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("IMG_0012.JPG"), 6, "2025:03:05 09:12:30");

        EvidenceService.Added added = ws.evidence().add(visit.id(), photo, Link.NONE);

        Evidence e = added.evidence();
        assertThat(added.duplicate()).isFalse();
        assertThat(e.sha256()).isEqualTo(sha256(photo));
        assertThat(e.filePath()).isEqualTo("evidence/" + visit.id() + "/" + e.sha256() + ".jpg");
        assertThat(e.originalName()).isEqualTo("IMG_0012.JPG");
        assertThat(e.mediaType()).isEqualTo("image/jpeg");
        assertThat(e.sizeBytes()).isEqualTo(Files.size(photo));
        assertThat(e.orientation()).isEqualTo(6);
        assertThat(e.takenAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 12));
        Path kept = ws.evidence().fileOf(e);
        assertThat(kept).isEqualTo(ws.evidenceDir().resolve(visit.id()).resolve(e.sha256() + ".jpg"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(photo));
        assertThat(ws.evidence().list(visit.id())).containsExactly(e);
    }

    @Test
    void theOriginalIsOnlyRead() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 3, null);
        Files.setLastModifiedTime(photo, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        byte[] before = Files.readAllBytes(photo);

        ws.evidence().add(visit.id(), photo, Link.NONE);

        assertThat(Files.readAllBytes(photo)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(photo).toInstant()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(filesUnder(photos)).containsExactly(photo);
    }

    @Test
    void eachOfTheEightOrientationsIsStored() throws Exception {
        for (int tag = 1; tag <= 8; tag++) {
            Path photo = Jpegs.photo(photos.resolve("o" + tag + ".jpg"), tag, "2025:03:05 09:0" + tag + ":00");
            assertThat(ws.evidence().add(visit.id(), photo, Link.NONE).evidence().orientation()).isEqualTo(tag);
        }
        assertThat(ws.evidence().list(visit.id())).extracting(Evidence::orientation)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void theSameFileAddedTwiceIsKeptOnce() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        Path copy = Files.copy(photo, photos.resolve("renamed copy.jpg"));

        Evidence first = ws.evidence().add(visit.id(), photo, Link.NONE).evidence();
        EvidenceService.Added again = ws.evidence().add(visit.id(), copy, Link.NONE);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.evidence()).isEqualTo(first);
        assertThat(ws.evidence().list(visit.id())).hasSize(1);
        assertThat(filesUnder(ws.evidenceDir())).hasSize(1);
    }

    @Test
    void theSamePhotoInAnotherVisitIsThatVisitsOwnEvidence() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        Visit other = TestVisits.start(ws, LocalDateTime.of(2025, 4, 2, 9, 0));
        ws.evidence().add(visit.id(), photo, Link.NONE);
        assertThat(ws.evidence().add(other.id(), photo, Link.NONE).duplicate()).isFalse();
        assertThat(filesUnder(ws.evidenceDir())).hasSize(2);
    }

    @Test
    void aPdfScanIsKeptWithoutTimeOrTurning() throws Exception {
        Path scan = Files.writeString(photos.resolve("Phiếu hẹn.pdf"), "%PDF-1.4\n% scan\n%%EOF\n",
                StandardCharsets.US_ASCII);
        Evidence e = ws.evidence().add(visit.id(), scan, Link.NONE).evidence();
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.filePath()).endsWith(".pdf");
        assertThat(e.takenAt()).isNull();
        assertThat(e.orientation()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsRefusedAndNothingIsWritten() {
        Path gone = photos.resolve("không còn.jpg");
        AppException e = refusal(() -> ws.evidence().add(visit.id(), gone, Link.NONE));
        assertThat(e.key()).isEqualTo("error.evidence.fileMissing");
        assertThat(e.args()).containsExactly(gone.toString());
        assertThat(rows()).isZero();
    }

    @Test
    void aFolderAnEmptyFileOrAWordDocumentIsRefused() throws Exception {
        assertThat(refusal(() -> ws.evidence().add(visit.id(), photos, Link.NONE)).key())
                .isEqualTo("error.evidence.notAFile");
        Path empty = Files.createFile(photos.resolve("empty.jpg"));
        assertThat(refusal(() -> ws.evidence().add(visit.id(), empty, Link.NONE)).key())
                .isEqualTo("error.evidence.empty");
        Path docx = Files.write(photos.resolve("bien-ban.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(refusal(() -> ws.evidence().add(visit.id(), docx, Link.NONE)).key())
                .isEqualTo("error.evidence.unsupported");
        assertThat(rows()).isZero();
        assertThat(filesUnder(ws.evidenceDir())).isEmpty();
    }

    @Test
    @SuppressWarnings("try") // the folder is read-only for the length of the block
    void aReadOnlyEvidenceFolderIsReportedAndNoRowIsWritten() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        Path folder = Files.createDirectories(ws.evidenceDir().resolve(visit.id()));
        try (ReadOnlyFolder ignored = ReadOnlyFolder.make(folder)) {
            AppException e = refusal(() -> ws.evidence().add(visit.id(), photo, Link.NONE));
            assertThat(e.key()).isEqualTo("error.evidence.folderNotWritable");
            assertThat(e.args()).containsExactly(folder.toString());
        }
        assertThat(rows()).isZero();
        assertThat(filesUnder(folder)).isEmpty();
    }

    @Test
    void aFolderThatRefusesNewFilesIsReportedAsNotWritable() throws Exception {
        EvidenceService service = serviceWith(temp -> {
            throw new java.nio.file.AccessDeniedException(temp.toString());
        });
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        assertThat(refusal(() -> service.add(visit.id(), photo, Link.NONE)).key())
                .isEqualTo("error.evidence.folderNotWritable");
        assertThat(rows()).isZero();
    }

    @Test
    void aFullDiskHalfwayThroughTheCopyLeavesNoFileAndNoRow() throws Exception {
        Path photo = Jpegs.write(photos.resolve("big.jpg"), Jpegs.quarters(1200, 900, java.awt.Color.RED,
                java.awt.Color.GREEN, java.awt.Color.BLUE, java.awt.Color.YELLOW), 1, null);
        AtomicInteger written = new AtomicInteger();
        EvidenceService service = serviceWith(temp -> {
            EvidenceFiles.Sink real = EvidenceFiles.FILE_CHANNELS.create(temp);
            return new EvidenceFiles.Sink() {
                @Override
                public void write(byte[] bytes, int length) throws IOException {
                    if (written.addAndGet(length) > 4096) {
                        throw new FileSystemException(temp.toString(), null, "No space left on device");
                    }
                    real.write(bytes, length);
                }

                @Override
                public void sync() throws IOException {
                    real.sync();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });

        AppException e = refusal(() -> service.add(visit.id(), photo, Link.NONE));

        assertThat(e.key()).isEqualTo("error.evidence.diskFull");
        assertThat(written.get()).isGreaterThan(4096);
        assertThat(rows()).isZero();
        assertThat(filesUnder(ws.evidenceDir())).isEmpty();
    }

    @Test
    void aCancelledCopyLeavesNothing() throws Exception {
        Path photo = Jpegs.write(photos.resolve("big.jpg"), Jpegs.quarters(1200, 900, java.awt.Color.RED,
                java.awt.Color.GREEN, java.awt.Color.BLUE, java.awt.Color.YELLOW), 1, null);
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> ws.evidence().add(visit.id(), photo, Link.NONE, () -> asked.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);
        assertThat(rows()).isZero();
        assertThat(filesUnder(ws.evidenceDir())).isEmpty();
    }

    @Test
    void onlyTheFinishedCopyEverHasTheFinalName() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        String hash = sha256(photo);
        Path target = ws.evidenceDir().resolve(visit.id()).resolve(hash + ".jpg");
        List<Boolean> targetSeenDuringCopy = new java.util.ArrayList<>();
        EvidenceService service = serviceWith(temp -> {
            assertThat(temp.getParent()).isEqualTo(target.getParent());
            EvidenceFiles.Sink real = EvidenceFiles.FILE_CHANNELS.create(temp);
            return new EvidenceFiles.Sink() {
                @Override
                public void write(byte[] bytes, int length) throws IOException {
                    targetSeenDuringCopy.add(Files.exists(target));
                    real.write(bytes, length);
                }

                @Override
                public void sync() throws IOException {
                    real.sync();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });
        service.add(visit.id(), photo, Link.NONE);
        assertThat(targetSeenDuringCopy).isNotEmpty().containsOnly(false);
        assertThat(filesUnder(target.getParent())).containsExactly(target);
    }

    @Test
    void linksAndCaptionsChangeButTheFileNever() throws Exception {
        Official official = TestVisits.official(ws, visit.id(), "Nguyễn Thị Lan");
        var dossier = TestVisits.dossier(ws, visit.id(), "000.00.18.H26-250303-0001");
        var criterion = ws.evidence().targets(visit.id()).criteria().stream()
                .filter(c -> c.code().equals("1.2")).findFirst().orElseThrow();
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);

        Evidence e = ws.evidence().add(visit.id(), photo, Link.official(official.id())).evidence();
        assertThat(e.officialId()).isEqualTo(official.id());

        Evidence described = ws.evidence().describe(e.id(), "  Không đeo thẻ công chức ", Link.criterion(criterion.id()));
        assertThat(described.caption()).isEqualTo("Không đeo thẻ công chức");
        assertThat(Link.of(described)).isEqualTo(Link.criterion(criterion.id()));
        assertThat(described.officialId()).isNull();
        assertThat(described.sha256()).isEqualTo(e.sha256());
        assertThat(described.revision()).isEqualTo(2);

        assertThat(Link.of(ws.evidence().describe(e.id(), null, Link.dossier(dossier.id())))).isEqualTo(
                Link.dossier(dossier.id()));
        assertThat(ws.evidence().describe(e.id(), "", Link.NONE).caption()).isNull();
    }

    @Test
    void aLinkToSomethingOfAnotherVisitIsRefused() throws Exception {
        Visit other = TestVisits.start(ws, LocalDateTime.of(2025, 4, 2, 9, 0));
        Official elsewhere = TestVisits.official(ws, other.id(), "Vũ Văn Nam");
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        assertThat(refusal(() -> ws.evidence().add(visit.id(), photo, Link.official(elsewhere.id()))).key())
                .isEqualTo("error.evidence.linkNotInVisit");
        assertThat(rows()).isZero();
        assertThat(filesUnder(ws.evidenceDir())).isEmpty();
    }

    @Test
    void removingLeavesATombstoneAndKeepsTheFile() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        Evidence e = ws.evidence().add(visit.id(), photo, Link.NONE).evidence();

        ws.evidence().remove(e.id());

        assertThat(ws.evidence().list(visit.id())).isEmpty();
        assertThat(rows()).isEqualTo(1);
        assertThat(ws.evidence().fileOf(e)).exists();
        // added again after removal: a new row, the same kept file
        EvidenceService.Added again = ws.evidence().add(visit.id(), photo, Link.NONE);
        assertThat(again.duplicate()).isFalse();
        assertThat(again.evidence().id()).isNotEqualTo(e.id());
        assertThat(filesUnder(ws.evidenceDir())).hasSize(1);
    }

    @Test
    void aFinalisedVisitTakesNoEvidence() throws Exception {
        Path photo = Jpegs.photo(photos.resolve("a.jpg"), 1, null);
        ws.db().write(c -> vn.congvu.store.Sql.update(c, "UPDATE visits SET status = 'FINALISED' WHERE id = ?",
                visit.id()));
        assertThat(ws.visits().resolve(visit.id()).status()).isEqualTo(VisitStatus.FINALISED);
        assertThat(refusal(() -> ws.evidence().add(visit.id(), photo, Link.NONE)).key())
                .isEqualTo("error.visit.finalised");
        assertThat(filesUnder(ws.evidenceDir())).isEmpty();
    }

    private EvidenceService serviceWith(EvidenceFiles.SinkFactory sinks) {
        return new EvidenceService(ws.db(), ws.evidenceRepository(), ws.visitRepository(), ws.templateRepository(),
                ws.officialRepository(), ws.dossierRepository(), sinks);
    }
}
