package vn.congvu.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class OutputTargetTest {

    @TempDir
    Path dir;

    @Test
    void aNewNameIsFree() {
        OutputCheck check = OutputTarget.check(dir.resolve("Biên bản.docx"));
        assertThat(check.state()).isEqualTo(OutputCheck.State.FREE);
        assertThat(check.needsChoice()).isFalse();
    }

    @Test
    void anExistingFileNeedsAChoiceAndGetsTheNextFreeName() throws Exception {
        Files.writeString(dir.resolve("Biên bản.docx"), "old");
        Files.writeString(dir.resolve("Biên bản (2).docx"), "older");
        OutputCheck check = OutputTarget.check(dir.resolve("Biên bản.docx"));
        assertThat(check.state()).isEqualTo(OutputCheck.State.EXISTS);
        assertThat(check.needsChoice()).isTrue();
        assertThat(check.alternative().getFileName().toString()).isEqualTo("Biên bản (3).docx");
    }

    @Test
    void aFileWordHasOpenIsInUse() throws Exception {
        Files.writeString(dir.resolve("Bien ban kiem tra.docx"), "x");
        // Word drops the first two characters of long names in its owner file
        Files.writeString(dir.resolve("~$en ban kiem tra.docx"), "owner");
        OutputCheck check = OutputTarget.check(dir.resolve("Bien ban kiem tra.docx"));
        assertThat(check.state()).isEqualTo(OutputCheck.State.IN_USE);
        assertThat(check.alternative().getFileName().toString()).isEqualTo("Bien ban kiem tra (2).docx");
    }

    @Test
    void aFileLibreOfficeHasOpenIsInUse() throws Exception {
        Files.writeString(dir.resolve("tong-hop.xlsx"), "x");
        Files.writeString(dir.resolve(".~lock.tong-hop.xlsx#"), "lock");
        assertThat(OutputTarget.check(dir.resolve("tong-hop.xlsx")).state()).isEqualTo(OutputCheck.State.IN_USE);
    }

    @Test
    void theAlternativeSkipsNamesThatAreOpen() throws Exception {
        Files.writeString(dir.resolve("a.docx"), "x");
        Files.writeString(dir.resolve("~$a (2).docx"), "owner of a (2) being written by Word");
        assertThat(OutputTarget.freeAlternative(dir.resolve("a.docx")).getFileName().toString()).isEqualTo("a (3).docx");
    }

    @Test
    void aMissingFolderAndAFolderNameAreReported() throws Exception {
        assertThat(OutputTarget.check(dir.resolve("khong-co/x.docx")).state()).isEqualTo(OutputCheck.State.FOLDER_MISSING);
        Files.createDirectory(dir.resolve("thu-muc.docx"));
        assertThat(OutputTarget.check(dir.resolve("thu-muc.docx")).state()).isEqualTo(OutputCheck.State.IS_FOLDER);
    }

    @Test
    void aReadOnlyFolderIsReported() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("chi-doc"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root may write anywhere: nothing to check then
            assumeFalse(Files.isWritable(locked), "running as root");
            assertThat(OutputTarget.check(locked.resolve("x.docx")).state()).isEqualTo(OutputCheck.State.FOLDER_READ_ONLY);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
