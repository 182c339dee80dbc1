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

    @Test
    void logsInfoAndUpToCongvuLogInTheChosenFolderInUtf8() throws Exception {
        String before = System.getProperty("congvu.logdir");
        System.setProperty("congvu.logdir", dir.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            context.getLogger("vn.congvu.Test").info("Đã mở {}", "cơ sở dữ liệu");
            context.getLogger("vn.congvu.Test").debug("not this");
            context.getLogger("org.flywaydb.core.X").info("nor this");
            context.getLogger("org.flywaydb.core.X").warn("but this");
            assertThat(context.getLogger("org.apache.poi").getLevel()).isEqualTo(Level.WARN);
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty("congvu.logdir");
            } else {
                System.setProperty("congvu.logdir", before);
            }
        }
        String log = Files.readString(dir.resolve("congvu.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] vn\\.congvu\\.Test - "
                + "Đã mở cơ sở dữ liệu\\R.*")
                .contains("WARN  ").contains("but this")
                .doesNotContain("not this").doesNotContain("nor this");
    }
}
