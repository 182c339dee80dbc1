package vn.congvu.app.visit;

import java.util.List;
import java.util.Set;

/**
 * One thing wrong with a dossier as typed: a message key of the bundles with its arguments, the form fields
 * to mark, and whether it stops the dossier from being saved (an error) or is only worth a second look.
 */
public record DossierIssue(String key, List<Object> args, Set<DossierInputField> fields, boolean error) {

    public DossierIssue {
        args = List.copyOf(args);
        fields = Set.copyOf(fields);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
