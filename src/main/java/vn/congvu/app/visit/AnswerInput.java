package vn.congvu.app.visit;

import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;

/**
 * What the inspector entered for one criterion: the verdict (null while undecided), up to two numbers, the
 * option chosen, a note and, for a failure, how serious it is.
 */
public record AnswerInput(Result result, Double value1, Double value2, String choice, String note,
                          Severity severity) {

    public static AnswerInput verdict(Result result) {
        return new AnswerInput(result, null, null, null, null, null);
    }
}
