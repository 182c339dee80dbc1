package vn.congvu.app.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {

    @TempDir
    Path dir;

    private LoggerContext configured() {
        String before = System.getProperty("congvu.logdir");
        System.setProperty("congvu.logdir", dir.toString());
        try {
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            return context;
        } finally {
            if (before == null) {
                System.clearProperty("congvu.logdir");
            } else {
                System.setProperty("congvu.logdir", before);
            }
        }
    }

    @Test
    void aFullLogIsRolledIntoAGzippedFile() throws Exception {
        LoggerContext context = configured();
        String line = "y".repeat(2000);
        // past the 5 MB limit; logback looks at the size only now and then, so the writes take a little time
        for (int i = 0; i < 3_500; i++) {
            context.getLogger("vn.congvu.Test").info("{} {}", i, line);
            if (i % 250 == 0) {
                Thread.sleep(15);
            }
        }
        Thread.sleep(40);
        context.getLogger("vn.congvu.Test").info("after the roll");
        context.stop();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("congvu\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.log\\.gz"));
        }
        assertThat(Files.size(dir.resolve("congvu.log"))).isLessThan(5L * 1024 * 1024 + 100_000);
        assertThat(Files.readString(dir.resolve("congvu.log"))).contains("after the roll");
    }

    @Test
    void saysWhatTheShippedLogbackXmlSays() throws Exception {
        try (var in = LogSetup.class.getResourceAsStream("/logback.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("<pattern>" + LogSetup.PATTERN + "</pattern>")
                    .contains("<file>${LOG_DIR}/congvu.log</file>")
                    .contains("<fileNamePattern>${LOG_DIR}/congvu.%d{yyyy-MM-dd}.%i.log.gz</fileNamePattern>")
                    .contains("<maxFileSize>5MB</maxFileSize>").contains("<maxHistory>30</maxHistory>")
                    .contains("<totalSizeCap>100MB</totalSizeCap>").contains("<charset>UTF-8</charset>")
                    .contains("<logger name=\"org.flywaydb\" level=\"WARN\"/>")
                    .contains("<logger name=\"org.apache.poi\" level=\"WARN\"/>")
                    .contains("<root level=\"INFO\">");
        }
    }

    @Test
    void logsInfoAndUpToCongvuLogInTheChosenFolderInUtf8() throws Exception {
        LoggerContext context = configured();
        try {
            context.getLogger("vn.congvu.Test").info("Đã mở {}", "cơ sở dữ liệu");
            context.getLogger("vn.congvu.Test").debug("not this");
            context.getLogger("org.flywaydb.core.X").info("nor this");
            context.getLogger("org.flywaydb.core.X").warn("but this");
            assertThat(context.getLogger("org.apache.poi").getLevel()).isEqualTo(Level.WARN);
        } finally {
            context.stop();
        }
        String log = Files.readString(dir.resolve("congvu.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] vn\\.congvu\\.Test - "
                + "Đã mở cơ sở dữ liệu\\R.*")
                .contains("WARN  ").contains("but this")
                .doesNotContain("not this").doesNotContain("nor this");
    }
}
