package vn.congvu.store;

/** Who is writing and on which laptop; stamped on every change and every audit entry. */
public record Actor(String author, String device) {

    public Actor {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author is required");
        }
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("device is required");
        }
    }
}
