package vn.congvu.ui.exchange;

/** Record and laptop ids as a person can tell them apart on screen. */
public final class Ids {

    private Ids() {
    }

    /**
     * The last eight characters: ids are UUIDv7, whose first characters are a timestamp shared by
     * everything made in the same minutes (two laptops set up together look alike there).
     */
    public static String shortId(String id) {
        if (id == null) {
            return "—";
        }
        String plain = id.replace("-", "");
        return plain.length() <= 8 ? id : plain.substring(plain.length() - 8);
    }
}
