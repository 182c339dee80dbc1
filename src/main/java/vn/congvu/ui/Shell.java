package vn.congvu.ui;

import java.util.Locale;

/** What a screen may ask of the application window itself. */
public interface Shell {

    /** Rebuilds the window in another language, after saving what is pending; the current place is kept. */
    void switchLanguage(Locale locale);

    /** "light" or "dark". */
    void applyTheme(String theme);
}
