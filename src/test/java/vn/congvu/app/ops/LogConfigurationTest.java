package vn.congvu.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code logback.xml}, loaded into a context of its own: logs go to files in the folder the
 * launcher chooses, keep their Vietnamese text, and roll over (compressed) instead of growing without end.
 */
class LogConfigurationTest {

    @TempDir
    Path logs;

    private LoggerContext configured() throws Exception {
        URL config = LogConfigurationTest.class.getResource("/logback.xml");
        assertThat(config).as("the shipped configuration is on the class path").isNotNull();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what the slf4j binding gives the app's own context
        context.putProperty("congvu.logdir", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        context.start();
        return context;
    }

    @Test
    void linesGoToTheChosenFolderInUtf8() throws Exception {
        LoggerContext context = configured();
        Logger log = context.getLogger("vn.congvu.test");
        log.info("Đã lưu kết quả kiểm tra tại Phường Đống Đa");
        log.debug("below the threshold, not written");
        context.stop();

        List<String> lines = Files.readAllLines(logs.resolve("congvu.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO .*")
                .endsWith("Đã lưu kết quả kiểm tra tại Phường Đống Đa");
    }

    @Test
    void aFullLogRollsOverIntoACompressedFile() throws Exception {
        LoggerContext context = configured();
        Logger log = context.getLogger("vn.congvu.test");
        String filler = "x".repeat(1000);
        // well past the 5 MB limit; logback checks the size at most every few milliseconds, so pace the writes
        for (int i = 0; i < 7_000; i++) {
            log.info("{} {}", i, filler);
            if (i % 500 == 0) {
                Thread.sleep(20);
            }
        }
        Thread.sleep(50);
        log.info("last line after the roll");
        context.stop();

        List<Path> rolled;
        try (Stream<Path> files = Files.list(logs)) {
            rolled = files.filter(p -> p.getFileName().toString().matches("congvu\\.\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.log\\.gz"))
                    .toList();
        }
        assertThat(rolled).as("rolled files in %s", logs).isNotEmpty();
        assertThat(Files.size(logs.resolve("congvu.log"))).isLessThan(5L * 1024 * 1024 + 64 * 1024);
        assertThat(gunzipFirstLine(rolled.get(0))).contains(" INFO ").contains(filler);
        assertThat(Files.readString(logs.resolve("congvu.log"), StandardCharsets.UTF_8)).contains("last line after the roll");
    }

    private static String gunzipFirstLine(Path gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, StandardCharsets.UTF_8);
            return text.substring(0, Math.max(0, text.indexOf('\n')));
        }
    }
}
