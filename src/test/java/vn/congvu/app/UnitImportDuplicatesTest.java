package vn.congvu.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.app.imports.UnitImport;
import vn.congvu.testing.TestFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UnitImportDuplicatesTest {

    @TempDir
    Path dir;

    @Test
    void theSameUnitTwiceWithoutACodeIsRefusedBecauseItWouldMakeTwoUnits() {
        Path file = TestFiles.csv(dir, "so.csv", "code,type,name", ",Sở,Sở Tư pháp", ",Sở,So Tu Phap", ",Sở,Sở Y tế");
        assertThatThrownBy(() -> UnitImport.parse(TabularReader.read(file))).isInstanceOfSatisfying(
                ImportException.class, e -> assertThat(e.errors()).extracting(RowError::row, RowError::key)
                        .containsExactly(tuple(3, "error.unit.nameDuplicate")));
    }

    @Test
    void theSameNameUnderDifferentKindsOrWithCodesIsFine() {
        Path file = TestFiles.csv(dir, "ok.csv", "code,type,name", ",Phường,Long Biên", ",Xã,Long Biên",
                "X1,Sở,Sở Tư pháp", "X2,Sở,Sở Tư pháp");
        assertThat(UnitImport.parse(TabularReader.read(file))).hasSize(4);
    }
}
