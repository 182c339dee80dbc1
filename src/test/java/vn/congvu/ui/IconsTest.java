package vn.congvu.ui;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZIkonHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** An icon name that does not exist throws when its screen is built: every name in the code must resolve. */
class IconsTest {

    private static final Pattern ICON = Pattern.compile("\"(md(al|mz)-[a-z0-9_]+)\"");

    @Test
    void everyIconNamedInTheCodeExists() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                Matcher m = ICON.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).contains("mdal-dashboard", "mdmz-settings");
        List<IkonHandler> handlers = List.of(new Material2ALIkonHandler(), new Material2MZIkonHandler());
        for (String name : names) {
            IkonHandler handler = handlers.stream().filter(h -> h.supports(name)).findFirst().orElseThrow();
            assertThatCode(() -> handler.resolve(name)).as(name).doesNotThrowAnyException();
        }
    }
}
