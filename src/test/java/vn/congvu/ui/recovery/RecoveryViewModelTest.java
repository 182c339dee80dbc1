package vn.congvu.ui.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Messages;
import vn.congvu.app.ProgressSink;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupReason;
import vn.congvu.app.backup.BackupService;
import vn.congvu.app.backup.RestoreResult;
import vn.congvu.domain.UnitKind;
import vn.congvu.testing.InlineBackground;
import vn.congvu.testing.MutableClock;
import vn.congvu.testing.RecordingDialogs;
import vn.congvu.testing.Records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryViewModelTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    private final InlineBackground background = new InlineBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final List<String> hostCalls = new ArrayList<>();

    /** Two startup backups a day apart, then a damaged file junk file in the folder. */
    private Path databaseWithBackups(MutableClock clock) throws Exception {
        Path db = dir.resolve("congvu.db");
        try (Workspace ws = Workspace.open(db, true, clock)) {
            ws.backups().takeAutomatic(BackupReason.STARTUP, null);
            clock.advance(Duration.ofDays(1));
            ws.units().save(Records.unit("SO-1", UnitKind.DEPARTMENT, "Sở Nội vụ"));
            ws.backups().takeAutomatic(BackupReason.STARTUP, null);
        }
        clock.advance(Duration.ofDays(1));
        Files.writeString(dir.resolve("backups").resolve("congvu-20990101-000000-khoi-dong.zip"), "hỏng");
        return db;
    }

    private RecoveryViewModel vm(Path db, MutableClock clock, RecoveryViewModel.Mode mode, boolean restoreFails) {
        BackupService backups = new BackupService(db, clock);
        return new RecoveryViewModel(messages, background, dialogs, backups, mode, "Tệp bị hỏng.",
                new RecoveryViewModel.Host() {
                    @Override
                    public RestoreResult restore(Path backup, ProgressSink progress) {
                        hostCalls.add("restore " + backup.getFileName());
                        if (restoreFails) {
                            throw new AppException("error.backup.damaged", backup.toString());
                        }
                        return backups.restore(backup, progress);
                    }

                    @Override
                    public void restored(RestoreResult result) {
                        hostCalls.add("restored");
                    }

                    @Override
                    public void retry() {
                        hostCalls.add("retry");
                    }

                    @Override
                    public void startEmpty() {
                        hostCalls.add("empty");
                    }

                    @Override
                    public void close() {
                        hostCalls.add("close");
                    }
                }, HANOI);
    }

    @Test
    void listsTheNewestReadableBackupFirstAndChoosesIt() throws Exception {
        MutableClock clock = MutableClock.atStart();
        Path db = databaseWithBackups(clock);
        RecoveryViewModel vm = vm(db, clock, RecoveryViewModel.Mode.DAMAGED, false);

        vm.load();

        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.rows()).extracting(BackupRow::state).containsExactly("Đọc được", "Đọc được", "Hỏng, không đọc được");
        assertThat(vm.rows().get(0).when()).isEqualTo("11/03/2025 09:00");
        assertThat(vm.rows().get(0).kind()).isEqualTo("Khi khởi động");
        assertThat(vm.rows().get(0).content()).startsWith("0 cuộc kiểm tra, 127 đơn vị");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.rows().get(0));
        assertThat(vm.titleProperty().get()).isEqualTo("Cơ sở dữ liệu bị hỏng, chưa mở được");
        assertThat(vm.explanationProperty().get()).startsWith("Tệp bị hỏng.").contains("Dữ liệu của bạn chưa mất");
        assertThat(vm.offersRetry()).isTrue();
        assertThat(vm.offersStartEmpty()).isFalse();
        assertThat(vm.closeLabel()).isEqualTo("Thoát");
    }

    @Test
    void restoringTheChosenBackupAsksFirstThenHandsTheResultToTheWindow() throws Exception {
        MutableClock clock = MutableClock.atStart();
        Path db = databaseWithBackups(clock);
        RecoveryViewModel vm = vm(db, clock, RecoveryViewModel.Mode.DAMAGED, false);
        vm.load();

        dialogs.confirmAnswers.push(false);
        vm.restoreSelected();
        assertThat(hostCalls).isEmpty();

        vm.restoreSelected();
        assertThat(hostCalls).containsExactly("restore " + vm.rows().get(0).entry().file().getFileName(), "restored");
        assertThat(vm.statusProperty().get()).isEqualTo("Đã khôi phục. Đang mở dữ liệu…");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusedRestoreSaysWhyInVietnameseAndKeepsTheScreen() throws Exception {
        MutableClock clock = MutableClock.atStart();
        Path db = databaseWithBackups(clock);
        RecoveryViewModel vm = vm(db, clock, RecoveryViewModel.Mode.DAMAGED, true);
        vm.load();

        vm.restoreSelected();

        assertThat(hostCalls).hasSize(1).noneMatch("restored"::equals);
        assertThat(vm.statusProperty().get()).contains("bị hỏng hoặc không đầy đủ; hãy chọn bản sao lưu khác");
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void aBackupFileFromElsewhereCanBeRestored() throws Exception {
        MutableClock clock = MutableClock.atStart();
        Path db = databaseWithBackups(clock);
        Path usb = Files.copy(new BackupService(db, clock).latestGood().orElseThrow().file(), dir.resolve("usb.zip"));
        RecoveryViewModel vm = vm(db, clock, RecoveryViewModel.Mode.MISSING, false);
        dialogs.files.add(usb);

        vm.restoreFromFile();

        assertThat(hostCalls).containsExactly("restore usb.zip", "restored");
        assertThat(vm.offersStartEmpty()).isTrue();
    }

    @Test
    void withoutBackupsTheScreenSaysWhereItLookedAndHowToUseAFile() {
        MutableClock clock = MutableClock.atStart();
        RecoveryViewModel vm = vm(dir.resolve("congvu.db"), clock, RecoveryViewModel.Mode.DAMAGED, false);

        vm.load();
        vm.restoreSelected();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Hãy chọn một bản sao lưu trong danh sách.");
        vm.load();
        assertThat(vm.statusProperty().get()).contains("Chưa có bản sao lưu nào trong " + dir.resolve("backups"))
                .contains("Chọn tệp sao lưu khác");
        assertThat(hostCalls).isEmpty();
    }

    @Test
    void startingEmptyIsConfirmedFirst() throws Exception {
        MutableClock clock = MutableClock.atStart();
        RecoveryViewModel vm = vm(databaseWithBackups(clock), clock, RecoveryViewModel.Mode.MISSING, false);
        dialogs.confirmAnswers.push(false);
        vm.startEmpty();
        assertThat(hostCalls).isEmpty();
        vm.startEmpty();
        assertThat(hostCalls).containsExactly("empty");
    }
}
