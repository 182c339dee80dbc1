package vn.congvu.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into congvu-version.properties. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/congvu-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return p.getProperty("version", "?");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"CongVu Inspector " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
