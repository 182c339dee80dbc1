package vn.congvu.ui.visit.evidence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.evidence.ExifOrientation;
import vn.congvu.app.evidence.Link;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Visit;
import vn.congvu.testing.Jpegs;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.Background;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private Visit visit;
    private Path camera;
    private final List<String> thumbnailsAsked = new ArrayList<>();
    private EvidenceViewModel vm;

    @BeforeEach
    void open() throws Exception {
        t = new UiTestContext(dir);
        visit = TestVisits.start(t.workspace);
        camera = Files.createDirectories(dir.resolve("camera"));
        vm = new EvidenceViewModel(t.ctx, recordingThumbnails());
        vm.load(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Thumbnails recordingThumbnails() {
        return (file, orientation, box) -> {
            thumbnailsAsked.add(file.getFileName() + "@" + orientation.tag() + "/" + (int) box);
            return null;
        };
    }

    private Path photo(String name, int orientation, String takenAt) throws Exception {
        return Jpegs.photo(camera.resolve(name), orientation, takenAt);
    }

    @Test
    void droppedFilesAreAddedInTheBackgroundAndListedWithTheTimeTheyWereTaken() throws Exception {
        vm.addFiles(List.of(photo("IMG_1.jpg", 6, "2025:03:05 09:12:30"), photo("IMG_2.jpg", 1, null)));

        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("IMG_1.jpg", "IMG_2.jpg");
        assertThat(vm.takenText(vm.items().get(0))).isEqualTo("Chụp lúc 09:12 05/03/2025");
        assertThat(vm.takenText(vm.items().get(1))).isEqualTo("Không có thời gian chụp");
        assertThat(vm.messageProperty().get()).isEqualTo("Đã thêm 2 tệp.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(t.workspace.evidence().list(visit.id())).hasSize(2);
        String kept = vm.items().get(0).sha256() + ".jpg@6/112";
        assertThat(thumbnailsAsked).contains(kept);
    }

    @Test
    void theSameFileDroppedAgainIsNotAddedTwice() throws Exception {
        Path p = photo("IMG_1.jpg", 1, null);
        vm.addFiles(List.of(p));
        vm.addFiles(List.of(p));
        assertThat(vm.items()).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Đã thêm 0 tệp. 1 tệp đã có nên không thêm lại.");
    }

    @Test
    void aMissingFileIsReportedClearlyAndTheOthersAreStillAdded() throws Exception {
        Path gone = camera.resolve("đã xóa.jpg");
        vm.addFiles(List.of(gone, photo("IMG_2.jpg", 1, null)));

        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("IMG_2.jpg");
        assertThat(vm.messageProperty().get()).isEqualTo("Đã thêm 1 tệp. 1 tệp không thêm được.");
        assertThat(t.dialogs.errors).containsExactly("Có tệp không thêm được: Không tìm thấy tệp " + gone
                + ". Không có gì được ghi.");
    }

    @Test
    void filesPickedInTheChooserAreAddedWithTheLinkChosenForNewFiles() throws Exception {
        Official lan = TestVisits.official(t.workspace, visit.id(), "Nguyễn Thị Lan");
        vm.refreshTargets();
        vm.newFilesLinkProperty().set(vm.choices().stream().filter(c -> c.link().equals(Link.official(lan.id())))
                .findFirst().orElseThrow());
        t.dialogs.files.add(photo("IMG_1.jpg", 1, null));
        t.dialogs.files.add(photo("IMG_2.jpg", 3, null));

        vm.pickFiles();

        assertThat(vm.items()).extracting(Evidence::officialId).containsExactly(lan.id(), lan.id());
        assertThat(vm.linkText(vm.items().get(0))).isEqualTo("Cán bộ: Nguyễn Thị Lan");
    }

    @Test
    void theChooserOffersTheCriteriaOfficialsAndDossiersOfTheVisit() {
        TestVisits.official(t.workspace, visit.id(), "Nguyễn Thị Lan");
        TestVisits.dossier(t.workspace, visit.id(), "000.00.18.H26-250303-0001");
        vm.refreshTargets();
        List<String> labels = vm.choices().stream().map(LinkChoice::label).toList();
        assertThat(labels.get(0)).isEqualTo("Chưa gắn");
        assertThat(labels).contains("Cán bộ: Nguyễn Thị Lan", "Hồ sơ: 000.00.18.H26-250303-0001");
        assertThat(labels).anyMatch(l -> l.startsWith("Tiêu chí 1.2: "));
    }

    @Test
    void aCaptionIsSavedOneSecondAfterTypingStopsAndALinkAtOnce() throws Exception {
        vm.addFiles(List.of(photo("IMG_1.jpg", 1, null)));
        vm.select(vm.items().get(0));

        vm.captionProperty().set("Công chức không đeo thẻ");
        assertThat(t.workspace.evidence().list(visit.id()).get(0).caption()).isNull();
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(t.workspace.evidence().list(visit.id()).get(0).caption()).isEqualTo("Công chức không đeo thẻ");

        LinkChoice criterion = vm.choices().stream().filter(c -> c.label().startsWith("Tiêu chí 1.2:")).findFirst()
                .orElseThrow();
        vm.linkProperty().set(criterion);
        Evidence stored = t.workspace.evidence().list(visit.id()).get(0);
        assertThat(Link.of(stored)).isEqualTo(criterion.link());
        assertThat(vm.items().get(0)).isEqualTo(stored);
    }

    @Test
    void removingAsksFirstThenLeavesATombstone() throws Exception {
        vm.addFiles(List.of(photo("IMG_1.jpg", 1, null), photo("IMG_2.jpg", 2, null)));
        vm.select(vm.items().get(0));
        t.dialogs.confirmAnswers.push(false);
        vm.removeSelected();
        assertThat(vm.items()).hasSize(2);

        vm.removeSelected();

        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("IMG_2.jpg");
        assertThat(vm.selectedProperty().get().originalName()).isEqualTo("IMG_2.jpg");
        assertThat(t.workspace.evidence().list(visit.id())).hasSize(1);
    }

    @Test
    void aFinalisedVisitTakesNoFiles() throws Exception {
        vm.readOnlyProperty().set(true);
        vm.addFiles(List.of(photo("IMG_1.jpg", 1, null)));
        t.dialogs.files.add(photo("IMG_2.jpg", 1, null));
        vm.pickFiles();
        assertThat(vm.items()).isEmpty();
        assertThat(t.workspace.evidence().list(visit.id())).isEmpty();
    }

    @Test
    void stoppingKeepsTheFilesAlreadyAddedAndDropsTheRest() throws Exception {
        // a background whose work hears "cancelled" once the first file is in
        Background stopsAfterOne = new Background() {
            @Override
            public <T> Handle submit(String name, Work<T> work, ProgressListener listener, Consumer<T> onSuccess,
                                     Consumer<Throwable> onFailure) {
                int[] updates = {0};
                try {
                    T result = work.run(new Progress() {
                        @Override
                        public void update(double done, double total, String message) {
                            updates[0]++;
                        }

                        @Override
                        public boolean isCancelled() {
                            return updates[0] > 1;
                        }
                    });
                    onSuccess.accept(result);
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return null;
            }

            @Override
            public <T> Handle save(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                return t.background.save(name, work, onSuccess, onFailure);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        UiContext ctx = new UiContext(t.workspace, t.ctx.messages(), stopsAfterOne, t.ctx.autosaver(), t.dialogs,
                t.ctx.navigator(), t.ctx.shell(), UiTestContext.CLOCK);
        EvidenceViewModel stopping = new EvidenceViewModel(ctx, recordingThumbnails());
        stopping.load(visit.id());

        stopping.addFiles(List.of(photo("IMG_1.jpg", 1, null), photo("IMG_2.jpg", 2, null),
                photo("IMG_3.jpg", 3, null)));

        assertThat(stopping.items()).extracting(Evidence::originalName).containsExactly("IMG_1.jpg");
        assertThat(t.workspace.evidence().list(visit.id())).hasSize(1);
        try (var kept = Files.list(t.workspace.evidenceDir().resolve(visit.id()))) {
            assertThat(kept.toList()).hasSize(1);
        }
    }

    @Test
    void thumbnailsOfEveryOrientationAreAskedForUpright() throws Exception {
        List<Path> photos = new ArrayList<>();
        for (int tag = 1; tag <= 8; tag++) {
            photos.add(photo("o" + tag + ".jpg", tag, "2025:03:05 09:0" + tag + ":00"));
        }
        vm.addFiles(photos);
        thumbnailsAsked.clear();
        vm.load(visit.id());
        assertThat(thumbnailsAsked).filteredOn(s -> s.endsWith("/112"))
                .extracting(s -> s.substring(s.indexOf('@') + 1, s.indexOf('/')))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        // the first is shown large at once
        assertThat(vm.selectedProperty().get().orientation()).isEqualTo(1);
        assertThat(thumbnailsAsked).filteredOn(s -> s.endsWith("/420")).hasSize(1);
        assertThat(ExifOrientation.of(6).swapsSides()).isTrue();
    }
}
