package vn.congvu.domain;

import java.util.List;

/**
 * One tiêu chí. {@code valueLabels} names the one or two numbers a COUNT or PERCENT answer holds;
 * {@code choices} lists the options of a CHOICE answer. {@code weight} is its share of the visit score.
 */
public record Criterion(String id, String templateId, String groupId, String code, String text,
                        AnswerType answerType, List<String> valueLabels, List<String> choices,
                        boolean photoRequiredOnFail, String parIndexCode, double weight, String guidance,
                        int sortOrder, long revision) {

    public Criterion {
        valueLabels = valueLabels == null ? List.of() : List.copyOf(valueLabels);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
