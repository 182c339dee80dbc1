package vn.congvu.ui;

/** Where the main window can go. */
public sealed interface Place {

    record Start() implements Place {
    }

    record Plans(String planId) implements Place {
    }

    record Units() implements Place {
    }

    record VisitPlace(String visitId) implements Place {
    }

    record Templates() implements Place {
    }

    record Dashboard(String planId) implements Place {
    }

    record Search() implements Place {
    }

    record Settings() implements Place {
    }

    /** The conflicts left by imports, waiting for a decision. */
    record Conflicts() implements Place {
    }

    /** The audit log; of one visit when {@code visitId} is not null. */
    record Audit(String visitId) implements Place {
    }
}
