package vn.congvu.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into congvu-version.properties (written into every package's manifest). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/congvu-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return p.getProperty("version", "?");
    }
}
