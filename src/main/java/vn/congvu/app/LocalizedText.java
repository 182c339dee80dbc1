package vn.congvu.app;

/**
 * A piece of user-visible text given as a key and arguments, for use as an argument of another message
 * ("… at {2}" with {2} = "paragraph 12"), so that both parts come out in the user's language.
 */
public record LocalizedText(String key, Object... args) {

    public LocalizedText {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return key + java.util.Arrays.toString(args);
    }
}
