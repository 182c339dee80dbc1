package vn.congvu.app.visit;

import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;

import java.util.ArrayList;
import java.util.List;

/**
 * What an answer to a criterion may hold, checked the same way on screen (while typing) and before writing:
 * counts are whole and not negative, and when a count criterion has two numbers the second counts a part of
 * the first (wrong of checked, overdue of sampled, present of assigned), so it cannot be larger; percentages
 * lie in 0–100; a choice is one of the criterion's options; only a failure has a severity.
 */
public final class AnswerRules {

    /** The part of the answer a problem is about. */
    public enum Part {
        VALUE1, VALUE2, CHOICE, SEVERITY
    }

    /** A problem with an answer: a message key, its arguments, and the part to mark. */
    public record Issue(String key, List<Object> args, Part part) {

        public Issue {
            args = List.copyOf(args);
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private AnswerRules() {
    }

    /** The label of the {@code index}-th (0 or 1) number of a criterion, or a neutral one if it has none. */
    public static String valueLabel(Criterion c, int index) {
        return index < c.valueLabels().size() ? c.valueLabels().get(index) : "#" + (index + 1);
    }

    /** How many numbers a criterion takes: its labels, or one when a count or percentage has none. */
    public static int valueCount(Criterion c) {
        if (c.answerType() != AnswerType.COUNT && c.answerType() != AnswerType.PERCENT) {
            return 0;
        }
        return Math.max(1, Math.min(2, c.valueLabels().size()));
    }

    public static List<Issue> check(Criterion c, AnswerInput in) {
        List<Issue> issues = new ArrayList<>();
        int count = valueCount(c);
        Double[] values = {in.value1(), in.value2()};
        for (int i = 0; i < 2; i++) {
            Double v = values[i];
            if (v == null) {
                continue;
            }
            Part part = i == 0 ? Part.VALUE1 : Part.VALUE2;
            if (i >= count) {
                issues.add(new Issue("error.answer.valueNotExpected", List.of(c.code()), part));
            } else if (c.answerType() == AnswerType.COUNT && (v < 0 || v != Math.rint(v) || v.isInfinite())) {
                issues.add(new Issue("error.answer.countInvalid", List.of(valueLabel(c, i)), part));
            } else if (c.answerType() == AnswerType.PERCENT && !(v >= 0 && v <= 100)) {
                issues.add(new Issue("error.answer.percentInvalid", List.of(valueLabel(c, i)), part));
            }
        }
        if (issues.isEmpty() && c.answerType() == AnswerType.COUNT && count == 2 && in.value1() != null
                && in.value2() != null && in.value2() > in.value1()) {
            issues.add(new Issue("error.answer.partExceedsWhole", List.of(valueLabel(c, 0), valueLabel(c, 1),
                    whole(in.value1()), whole(in.value2())), Part.VALUE2));
        }
        if (in.choice() != null) {
            if (c.answerType() != AnswerType.CHOICE) {
                issues.add(new Issue("error.answer.choiceNotExpected", List.of(c.code()), Part.CHOICE));
            } else if (!c.choices().contains(in.choice())) {
                issues.add(new Issue("error.answer.choiceUnknown", List.of(in.choice()), Part.CHOICE));
            }
        }
        if (in.severity() != null && in.result() != Result.FAIL) {
            issues.add(new Issue("error.answer.severityWithoutFailure", List.of(), Part.SEVERITY));
        }
        return issues;
    }

    private static String whole(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
