package vn.congvu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has shipped is never edited: Flyway records its checksum in every database it ran on,
 * and an edited file makes those databases refuse to open ("checksum mismatch"). Changes go into a new
 * version. When a new migration is added, add its digest here in the same commit.
 */
class ReleasedMigrationsTest {

    private static final Map<String, String> RELEASED = new LinkedHashMap<>();

    static {
        RELEASED.put("V1__domain.sql", "65e3a9bed4d528871f9f2971c8acc40bf7e7f81a5621ae465e03f2028ca5b392");
        RELEASED.put("V2__search.sql", "4e5165d236162f8b75d279d62d28e029feaabb41c5261b374191a7e30a8662b8");
        RELEASED.put("V3__exchange.sql", "66b6fe03f8fca31f45a460d714ba779cfee94c856b4d20f9189c4784bf7af1e8");
        RELEASED.put("V4__indexes.sql", "e215d8fc58264d6f36c1361f72b8014d22f46325b1b1cd478c814427dbd27572");
    }

    @Test
    void noReleasedMigrationHasChanged() throws Exception {
        for (Map.Entry<String, String> m : RELEASED.entrySet()) {
            assertThat(digest("/db/migration/" + m.getKey())).as(m.getKey() + " was edited after it shipped")
                    .isEqualTo(m.getValue());
        }
    }

    @Test
    void everyMigrationIsListedAndTheNewestIsTheSchemaVersion() throws Exception {
        Path folder = Path.of(ReleasedMigrationsTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")))
                    .containsExactlyInAnyOrderElementsOf(RELEASED.keySet());
        }
        assertThat(RELEASED.keySet()).last().asString().startsWith("V" + Database.SCHEMA_VERSION + "__");
    }

    /** SHA-256 of the file with line endings made LF, so a Windows checkout (CRLF) gives the same digest. */
    private static String digest(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
