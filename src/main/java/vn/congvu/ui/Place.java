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
}
