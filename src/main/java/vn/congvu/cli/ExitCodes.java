package vn.congvu.cli;

/** Exit codes of the command line. */
public final class ExitCodes {

    public static final int OK = 0;
    /** the command ran and failed (bad file, database problem, check failed) */
    public static final int FAILURE = 1;
    /** the command was not understood (unknown option, missing or malformed value) */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
