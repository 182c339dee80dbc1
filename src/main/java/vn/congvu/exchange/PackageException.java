package vn.congvu.exchange;

import java.util.Arrays;

/**
 * A package that cannot be used, and why, in terms the user can act on. Thrown before anything is
 * written; the app layer turns {@link Problem} into a message in the user's language.
 */
public class PackageException extends RuntimeException {

    public enum Problem {
        /** the file is not a CongVu package at all (another kind of file) */
        NOT_A_PACKAGE,
        /** the file is damaged or cut short */
        DAMAGED,
        /** an entry's bytes are not what the manifest says (size or SHA-256) */
        ENTRY_MISMATCH,
        /** an entry name that would land outside the target folder, or is not one a package has */
        UNSAFE_NAME,
        /** sizes or compression ratios beyond the limits: a decompression bomb or a runaway package */
        TOO_LARGE,
        /** two entries with the same name */
        DUPLICATE_ENTRY,
        /** made by a newer version of the app (format or schema) */
        NEWER_FORMAT,
        /** the package is encrypted and no passphrase was given */
        PASSPHRASE_NEEDED,
        /** the passphrase does not open the package */
        WRONG_PASSPHRASE,
        /** a record refers to a record that is neither in the package nor on this laptop */
        UNKNOWN_REFERENCE,
        /** a record is malformed (unknown column, wrong type, broken rule) */
        INVALID_RECORD,
        /** a record has the natural key of a different record here (a unit code, a template version) */
        IDENTITY_CLASH,
        /** an evidence file is missing from the package or from this laptop, or its bytes do not match */
        EVIDENCE_MISSING,
        /** reading or writing a file failed */
        IO
    }

    private final Problem problem;
    private final transient Object[] args;

    public PackageException(Problem problem, Object... args) {
        super(problem + " " + Arrays.toString(args));
        this.problem = problem;
        this.args = args.clone();
    }

    public PackageException(Throwable cause, Problem problem, Object... args) {
        super(problem + " " + Arrays.toString(args), cause);
        this.problem = problem;
        this.args = args.clone();
    }

    public Problem problem() {
        return problem;
    }

    /** What the message needs: an entry name, a record, a file. */
    public Object[] args() {
        return args.clone();
    }
}
