package vn.congvu.app.imports;

import vn.congvu.app.AppException;
import vn.congvu.domain.AnswerType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a checklist laid out one criterion a row: group_code, group_title, code, text, answer_type,
 * value_labels and choices ('|'-separated), photo_required_on_fail (0/1), par_index_code, weight, guidance.
 */
public final class ChecklistImport {

    /** A group with its criteria, in file order. */
    public record GroupDraft(String code, String title, List<CriterionDraft> criteria) {
    }

    public record CriterionDraft(String code, String text, AnswerType answerType, List<String> valueLabels,
                                 List<String> choices, boolean photoRequiredOnFail, String parIndexCode,
                                 double weight, String guidance) {
    }

    private static final List<String> REQUIRED = List.of("group_code", "group_title", "code", "text", "answer_type");

    private ChecklistImport() {
    }

    public static List<GroupDraft> parse(TabularReader.Table table) {
        List<String> missing = REQUIRED.stream().filter(h -> !table.headers().contains(h)).toList();
        if (!missing.isEmpty()) {
            throw new AppException("error.import.missingColumns", String.join(", ", missing));
        }
        Map<String, String> groupTitles = new LinkedHashMap<>();
        Map<String, List<CriterionDraft>> byGroup = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TabularReader.TableRow row : table.rows()) {
            int before = errors.size();
            String groupCode = row.get("group_code");
            String groupTitle = row.get("group_title");
            String code = row.get("code");
            String text = row.get("text");
            if (groupCode.isEmpty() || groupTitle.isEmpty()) {
                errors.add(new RowError(row.number(), "error.checklist.groupMissing"));
            } else if (groupTitles.containsKey(groupCode) && !groupTitles.get(groupCode).equals(groupTitle)) {
                errors.add(new RowError(row.number(), "error.checklist.groupTitleDiffers", groupCode));
            }
            if (code.isEmpty() || text.isEmpty()) {
                errors.add(new RowError(row.number(), "error.checklist.criterionMissing"));
            } else if (!codes.add(code)) {
                errors.add(new RowError(row.number(), "error.checklist.codeDuplicate", code));
            }
            AnswerType type = null;
            try {
                type = AnswerType.valueOf(row.get("answer_type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.number(), "error.checklist.badType", row.get("answer_type")));
            }
            List<String> labels = split(row.get("value_labels"));
            List<String> choices = split(row.get("choices"));
            String shape = shapeProblem(type, labels, choices);
            if (shape != null) {
                errors.add(new RowError(row.number(), shape));
            }
            String photo = row.get("photo_required_on_fail");
            if (!photo.isEmpty() && !photo.equals("0") && !photo.equals("1")) {
                errors.add(new RowError(row.number(), "error.checklist.badFlag", photo));
            }
            double weight = 1;
            String weightText = row.get("weight");
            if (!weightText.isEmpty()) {
                try {
                    weight = Double.parseDouble(weightText.replace(',', '.'));
                    if (!validWeight(weight)) {
                        errors.add(new RowError(row.number(), "error.checklist.badWeight", weightText));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new RowError(row.number(), "error.checklist.badWeight", weightText));
                }
            }
            if (errors.size() == before) {
                groupTitles.putIfAbsent(groupCode, groupTitle);
                String par = row.get("par_index_code");
                String guidance = row.get("guidance");
                byGroup.computeIfAbsent(groupCode, g -> new ArrayList<>()).add(new CriterionDraft(code, text, type,
                        labels, choices, photo.equals("1"), par.isEmpty() ? null : par, weight,
                        guidance.isEmpty() ? null : guidance));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        if (byGroup.isEmpty()) {
            throw new AppException("error.import.noRows");
        }
        List<GroupDraft> groups = new ArrayList<>();
        byGroup.forEach((code, criteria) -> groups.add(new GroupDraft(code, groupTitles.get(code), criteria)));
        return groups;
    }

    /** The message key of what is wrong with a criterion's values and choices, or null. */
    public static String shapeProblem(AnswerType type, List<String> labels, List<String> choices) {
        if (labels.size() > 2) {
            return "error.checklist.tooManyLabels";
        }
        if (type == AnswerType.CHOICE && choices.size() < 2) {
            return "error.checklist.choicesMissing";
        }
        return null;
    }

    public static boolean validWeight(double weight) {
        return !Double.isNaN(weight) && weight >= 0 && weight <= 100;
    }

    /** '|'-separated text as a list, blanks dropped. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
