package vn.congvu.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible text in one language, from {@code i18n/messages_*.properties}. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "vi" (the default) or "en"; anything else is refused by the caller. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? VIETNAMESE : Locale.forLanguageTag(tag);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof LocalizedText text) {
                resolved[i] = get(text.key(), text.args());
            }
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public String of(AppException e) {
        return get(e.key(), e.args());
    }
}
