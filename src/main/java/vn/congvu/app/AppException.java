package vn.congvu.app;

import java.util.Arrays;

/**
 * A failure to be told to the user. It carries a message key of the {@code i18n/messages} bundles and
 * the arguments to fill it, so that the UI and the command line can say it in the user's language.
 */
public class AppException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public AppException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public AppException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
