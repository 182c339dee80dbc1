package vn.congvu.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalKeysTest {

    @TempDir
    Path dir;

    @Test
    void theMergeKnowsEveryUniqueIndexOfTheExchangedTables() {
        try (Database db = Database.open(dir.resolve("congvu.db"), Database.Mode.CREATE_OR_MIGRATE)) {
            Map<Table, List<String>> inSchema = new HashMap<>();
            db.read(c -> {
                for (Table t : Schema.EXCHANGED) {
                    for (Object[] index : Sql.query(c, "SELECT name, \"unique\", origin FROM pragma_index_list(?)",
                            rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)}, t.sqlName())) {
                        if ((int) index[1] == 1 && !"pk".equals(index[2])) {
                            inSchema.put(t, Sql.query(c, "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
                                    rs -> rs.getString(1), index[0]));
                        }
                    }
                }
                return null;
            });
            Map<Table, List<String>> declared = new HashMap<>();
            NaturalKeys.KEYS.forEach((t, k) -> declared.put(t, k.columns()));
            assertThat(declared).isEqualTo(inSchema);
        }
    }

    @Test
    void recordsHeldAsideAsDuplicatesAreReferredToByNothing() {
        try (Database db = Database.open(dir.resolve("congvu.db"), Database.Mode.CREATE_OR_MIGRATE)) {
            Schema schema = db.read(Schema::read);
            Set<String> parents = new HashSet<>();
            for (Table t : Schema.EXCHANGED) {
                schema.info(t).references().forEach(r -> parents.add(r.parent()));
            }
            NaturalKeys.KEYS.values().stream().filter(k -> k.onClash() == NaturalKeys.OnClash.CONFLICT)
                    .forEach(k -> assertThat(parents).doesNotContain(k.table().sqlName()));
        }
    }
}
