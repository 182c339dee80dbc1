package vn.congvu.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteWriteAppearsUnderTheName() throws Exception {
        Path target = dir.resolve("ok.docx");
        AtomicFile.write(target, tmp -> Files.writeString(tmp, "done"), () -> { });
        assertThat(Files.readString(target)).isEqualTo("done");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDiskFillingUpMidWriteLeavesNothingAndTheOldFileIntact() throws Exception {
        Path target = dir.resolve("bien-ban.docx");
        Files.writeString(target, "the old minutes");
        assertThatThrownBy(() -> AtomicFile.write(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(new byte[64 * 1024]);
                throw new IOException("No space left on device");
            }
        }, () -> { }))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.export.diskFull");
                    assertThat(e.args()).contains(target.toString());
                });
        assertThat(Files.readString(target)).isEqualTo("the old minutes");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCancelBeforeTheMoveLeavesNothing() throws Exception {
        Path target = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> AtomicFile.write(target, tmp -> Files.writeString(tmp, "half"), () -> {
            throw new ExportCancelledException();
        })).isInstanceOf(ExportCancelledException.class);
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingFolderIsSaidPlainly() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("nowhere/x.docx"), tmp -> { }, () -> { }))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.export.folderMissing"));
    }

    @Test
    void otherWriteFailuresNameTheFileAndTheReason() throws Exception {
        Path target = dir.resolve("y.docx");
        assertThatThrownBy(() -> AtomicFile.write(target, tmp -> {
            throw new IOException("Input/output error");
        }, () -> { })).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.export.writeFailed");
            assertThat(e.args()).containsExactly(target.toString(), "Input/output error");
        });
        assertThat(leftovers()).isEmpty();
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
