package vn.congvu.ui.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The file names the chooser proposes: "Bien-ban-Phuong-Khuong-Dinh-2025-03-05.docx". Without diacritics and
 * without the characters Windows refuses, because these files go by e-mail and USB stick to machines whose zip
 * tools and old mail programs mangle "Biên bản"; the document inside is in full Vietnamese.
 */
public final class ExportNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private ExportNames() {
    }

    /** {@code Prefix-<subject>-<yyyy-MM-dd>.ext}; the subject is left out when blank. */
    public static String of(ExportKind kind, String subject, LocalDate date) {
        StringBuilder name = new StringBuilder(kind.filePrefix());
        String s = plain(subject);
        if (!s.isEmpty()) {
            name.append('-').append(s);
        }
        if (date != null) {
            name.append('-').append(DAY.format(date));
        }
        return name.append('.').append(kind.extension()).toString();
    }

    /** "Phường Khương Đình" → "Phuong-Khuong-Dinh"; "12/KH-UBND" → "12-KH-UBND". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String cleaned = folded.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.length() > 60 ? cleaned.substring(0, 60).replaceAll("-+$", "") : cleaned;
    }

    /** The file the user typed, with the document's extension added when they left it out. */
    static java.nio.file.Path withExtension(java.nio.file.Path file, ExportKind kind) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + kind.extension())) {
            return file;
        }
        return file.resolveSibling(name + "." + kind.extension());
    }
}
