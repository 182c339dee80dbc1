package vn.congvu.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs, behind an interface so that view models are tested without windows. */
public interface DialogService {

    void showError(String header, String text);

    void showInfo(String header, String text);

    boolean confirm(String header, String text);

    /** One of {@code choices} (labels), or empty when cancelled. */
    Optional<Integer> choose(String header, String text, List<String> choices);

    /**
     * @param extensions like "*.csv"; the filter's description comes first
     */
    Optional<Path> openFile(String title, String filterDescription, String... extensions);

    List<Path> openFiles(String title, String filterDescription, String... extensions);

    Optional<Path> saveFile(String title, String suggestedName, String filterDescription, String... extensions);

    /** A save chooser that opens in {@code folder} (an existing folder, or null for the chooser's own choice). */
    default Optional<Path> saveFileIn(String title, Path folder, String suggestedName, String filterDescription,
                                      String... extensions) {
        return saveFile(title, suggestedName, filterDescription, extensions);
    }

    /** Opens a file or folder with the desktop's default program. */
    void openWithDesktop(Path path);
}
