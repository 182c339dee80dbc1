package vn.congvu.cli;

import vn.congvu.app.AppException;

/** A value given on the command line that cannot be used; exit code 2. */
final class UsageException extends AppException {

    UsageException(String key, Object... args) {
        super(key, args);
    }
}
