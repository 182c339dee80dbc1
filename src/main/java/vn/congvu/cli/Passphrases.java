package vn.congvu.cli;

import vn.congvu.app.AppException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a passphrase from a file: never from the command line itself, where it would be kept in the
 * shell's history and shown to other users by {@code ps}. The first line counts, without its line end.
 */
final class Passphrases {

    private Passphrases() {
    }

    static char[] read(Path file) {
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new AppException("error.file.notFound", file.toString());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AppException(e, "error.file.unreadable", file.toString());
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new UsageException("cli.error.emptyPassphrase", file.toString());
        }
        return line.toCharArray();
    }
}
