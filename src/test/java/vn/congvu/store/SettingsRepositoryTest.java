package vn.congvu.store;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsRepositoryTest extends RepositoryTestBase {

    private SettingsRepository settings() {
        return new SettingsRepository(writer);
    }

    @Test
    void valueReadsBackEqual() {
        write(c -> settings().put(c, "document.issuer", "ĐOÀN KIỂM TRA CÔNG VỤ"));
        Optional<String> value = read(c -> settings().get(c, "document.issuer"));
        Optional<String> missing = read(c -> settings().get(c, "document.parent"));
        assertThat(value).contains("ĐOÀN KIỂM TRA CÔNG VỤ");
        assertThat(missing).isEmpty();
    }

    @Test
    void puttingTheSameValueWritesNothingAndANewOneChangesTheOneRow() {
        assertThat(wrote(c -> settings().put(c, "rules.afternoonCutoff", "15:00"))).isTrue();
        assertThat(wrote(c -> settings().put(c, "rules.afternoonCutoff", "15:00"))).isFalse();
        assertThat(wrote(c -> settings().put(c, "rules.afternoonCutoff", "16:30"))).isTrue();

        long rows = store.read(c -> Sql.queryLong(c, "SELECT count(*) FROM settings"));
        long revision = store.read(c -> Sql.queryLong(c, "SELECT revision FROM settings"));
        Optional<String> value = read(c -> settings().get(c, "rules.afternoonCutoff"));
        assertThat(rows).isEqualTo(1);
        assertThat(revision).isEqualTo(2);
        assertThat(value).contains("16:30");
    }

    @Test
    void allSettingsAreListedByKey() {
        write(c -> settings().put(c, "profile.name", "Nguyễn Thị Kiểm"));
        write(c -> settings().put(c, "device.id", "laptop-kiem"));
        write(c -> settings().put(c, "seed.units", null));

        Map<String, String> all = read(settings()::all);
        assertThat(all.keySet()).containsExactly("device.id", "profile.name", "seed.units");
        assertThat(all.get("profile.name")).isEqualTo("Nguyễn Thị Kiểm");
        assertThat(all.get("seed.units")).isNull();
    }
}
