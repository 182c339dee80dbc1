package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.Scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerRepositoryTest extends RepositoryTestBase {

    private Scenario.VisitRef visit;
    private String criterion;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
        criterion = visit.template().criterion("1.1");
    }

    private AnswerRepository answers() {
        return new AnswerRepository(writer);
    }

    private Answer answer(String id, Result result, String note, long revision) {
        return new Answer(id, visit.id(), criterion, result, 4.0, 3.0, "Đạt yêu cầu", note, Severity.MAJOR, revision);
    }

    @Test
    void firstSaveCreatesTheAnswerAtRevisionOne() {
        Answer saved = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));

        Optional<Answer> found = read(c -> answers().find(c, visit.id(), criterion));
        assertThat(found).contains(answer(saved.id(), Result.FAIL, "Một người vắng mặt", 1));
        assertThat(saved).isEqualTo(found.orElseThrow());
    }

    @Test
    void laterSaveChangesTheLiveAnswerInPlace() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));

        Answer second = write(c -> answers().save(c, answer(null, Result.PASS, "Đã có mặt đủ", 0)));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(2);
        List<Answer> all = read(c -> answers().answersOf(c, visit.id()));
        assertThat(all).containsExactly(answer(first.id(), Result.PASS, "Đã có mặt đủ", 2));
        assertThat(AuditEntries.of(store.db(), first.id())).extracting(AuditEntries.Entry::visitId)
                .containsExactly(visit.id(), visit.id());
    }

    @Test
    void savingTheSameAnswerAgainKeepsRevision() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));

        Answer again = write(c -> answers().save(c, first));

        assertThat(again.revision()).isEqualTo(1);
        assertThat(AuditEntries.of(store.db(), first.id())).hasSize(1);
    }

    @Test
    void aSaveWithTheAnswerAlreadyReadWritesWhatARereadingSaveWould() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));

        Answer second = write(c -> {
            Optional<AnswerRepository.Current> current = answers().findCurrent(c, visit.id(), criterion);
            assertThat(current.map(AnswerRepository.Current::answer)).contains(first);
            return answers().save(c, answer(first.id(), Result.PASS, "Đã có mặt đủ", 1), current);
        });

        assertThat(second.revision()).isEqualTo(2);
        Optional<Answer> stored = read(c -> answers().find(c, visit.id(), criterion));
        assertThat(stored).contains(answer(first.id(), Result.PASS, "Đã có mặt đủ", 2));
        assertThat(AuditEntries.of(store.db(), first.id())).hasSize(2);
        // the stored values compared are the row's, so an unchanged save writes nothing
        Answer again = write(c -> answers().save(c, second, answers().findCurrent(c, visit.id(), criterion)));
        assertThat(again.revision()).isEqualTo(2);
        assertThat(AuditEntries.of(store.db(), first.id())).hasSize(2);
    }

    @Test
    void aSaveWithTheAnswerAlreadyReadStillRefusesAStaleCopyAndAnotherCriterionsAnswer() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));
        write(c -> answers().save(c, answer(first.id(), Result.PASS, null, 1)));

        assertThatThrownBy(() -> write(c -> answers().save(c, answer(first.id(), Result.NA, "cũ", 1),
                answers().findCurrent(c, visit.id(), criterion)))).isInstanceOf(StaleRecordException.class);
        String other = visit.template().criterion("1.2");
        assertThatThrownBy(() -> write(c -> answers().save(c, new Answer(null, visit.id(), other, Result.PASS, null,
                null, null, null, null, 0), answers().findCurrent(c, visit.id(), criterion))))
                .isInstanceOf(IllegalArgumentException.class);
        Optional<Answer> kept = read(c -> answers().find(c, visit.id(), criterion));
        Optional<Answer> none = read(c -> answers().find(c, visit.id(), other));
        assertThat(kept).map(Answer::result).contains(Result.PASS);
        assertThat(none).isEmpty();
    }

    @Test
    void savingFromAStaleCopyIsRefused() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));
        write(c -> answers().save(c, answer(first.id(), Result.PASS, null, 1)));

        assertThatThrownBy(() -> write(c -> answers().save(c, answer(first.id(), Result.NA, "cũ", 1))))
                .isInstanceOf(StaleRecordException.class);
        Optional<Answer> found = read(c -> answers().find(c, visit.id(), criterion));
        assertThat(found).map(Answer::result).contains(Result.PASS);
    }

    @Test
    void afterDeletionASaveStartsANewAnswer() {
        Answer first = write(c -> answers().save(c, answer(null, Result.FAIL, "Một người vắng mặt", 0)));
        write(c -> writer.delete(c, Table.ANSWERS, first.id()));

        Answer next = write(c -> answers().save(c, answer(null, Result.PASS, null, 0)));

        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(next.revision()).isEqualTo(1);
        List<Answer> all = read(c -> answers().answersOf(c, visit.id()));
        assertThat(all).extracting(Answer::id).containsExactly(next.id());
    }

    @Test
    void aCriterionHasOneLiveAnswerPerVisit() {
        write(c -> answers().save(c, answer(null, Result.FAIL, null, 0)));
        assertThatThrownBy(() -> write(c -> writer.insert(c, Table.ANSWERS, Map.of("visit_id", visit.id(),
                "criterion_id", criterion, "result", Result.PASS))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> write(c -> answers().save(c, new Answer(null, visit.id(), criterion, null, -1.0, null,
                null, null, null, 0)))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }
}
