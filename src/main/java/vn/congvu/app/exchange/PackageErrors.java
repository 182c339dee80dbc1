package vn.congvu.app.exchange;

import vn.congvu.app.AppException;
import vn.congvu.exchange.PackageException;

import java.nio.file.Path;
import java.util.Arrays;

/** Turns a refused package into a message for the user, naming the file and what was wrong. */
final class PackageErrors {

    private PackageErrors() {
    }

    static AppException toAppException(PackageException e, Path file) {
        String key = switch (e.problem()) {
            case NOT_A_PACKAGE -> "error.package.notAPackage";
            case DAMAGED -> "error.package.damaged";
            case ENTRY_MISMATCH -> "error.package.entryMismatch";
            case UNSAFE_NAME -> "error.package.unsafeName";
            case TOO_LARGE -> "error.package.tooLarge";
            case DUPLICATE_ENTRY -> "error.package.duplicateEntry";
            case NEWER_FORMAT -> "error.package.newerFormat";
            case PASSPHRASE_NEEDED -> "error.package.passphraseNeeded";
            case WRONG_PASSPHRASE -> "error.package.wrongPassphrase";
            case UNKNOWN_REFERENCE -> "error.package.unknownReference";
            case INVALID_RECORD -> "error.package.invalidRecord";
            case IDENTITY_CLASH -> "error.package.identityClash";
            case EVIDENCE_MISSING -> "error.package.evidenceMissing";
            case IO -> "error.package.io";
        };
        Object[] args = e.args();
        String detail = args.length == 0 ? "" : String.join(" ", Arrays.stream(args).map(String::valueOf).toList());
        if (e.problem() == PackageException.Problem.UNKNOWN_REFERENCE && args.length >= 2) {
            String parent = String.valueOf(args[0]);
            String specific = switch (parent) {
                case "checklist_templates", "checklist_groups", "criteria" -> "error.package.unknownTemplate";
                case "units" -> "error.package.unknownUnit";
                default -> key;
            };
            return new AppException(e, specific, file.getFileName().toString(), String.valueOf(args[1]), parent);
        }
        return new AppException(e, key, file.getFileName().toString(), detail);
    }
}
