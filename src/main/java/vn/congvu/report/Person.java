package vn.congvu.report;

/** A person as a document names them: name, position, and the role they have here (may be blank). */
public record Person(String name, String position, String role) {
}
