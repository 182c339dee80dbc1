package vn.congvu.app;

import java.util.List;

/**
 * Why one field of a form cannot be saved: the field's name in the draft, and the message key and
 * arguments of the reason. Services check drafts with the same rules the screens use to mark fields, so the
 * screen and the refusal never disagree.
 */
public record FieldProblem(String field, String key, List<Object> args) {

    public FieldProblem(String field, String key, Object... args) {
        this(field, key, List.of(args));
    }

    public FieldProblem {
        args = List.copyOf(args);
    }

    public AppException toException() {
        return new AppException(key, args.toArray());
    }

    /** Refuses with the first problem, if there is one. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
    }
}
