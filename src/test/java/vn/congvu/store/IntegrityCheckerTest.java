package vn.congvu.store;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.IntegrityIssue.IntegrityCheck;
import vn.congvu.domain.Result;
import vn.congvu.testing.Scenario;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityCheckerTest extends RepositoryTestBase {

    private List<IntegrityIssue> check(boolean full) {
        return read(c -> new IntegrityChecker().check(c, full));
    }

    @Test
    void soundDatabaseHasNoIssues() {
        Scenario.VisitRef visit = store.scenario().visitToNewWard("00009");
        store.scenario().answer(visit.id(), visit.template().criterion("1.1"), Result.FAIL, "Thiếu biển chức danh");
        store.scenario().official(visit.id(), "Phạm Đức Anh");

        assertThat(check(false)).isEmpty();
        assertThat(check(true)).isEmpty();
    }

    @Test
    void answerToACriterionOfAnotherTemplateIsReported() {
        Scenario.VisitRef visit = store.scenario().visitToNewWard("00009");
        Scenario.TemplateRef other = store.scenario().template();
        store.scenario().answer(visit.id(), other.criterion("1.1"), Result.FAIL, null);

        assertThat(check(false)).extracting(IntegrityIssue::check).containsExactly(IntegrityCheck.TEMPLATE_MISMATCH);
    }

    @Test
    void liveAnswerOfADeletedVisitIsReported() {
        Scenario.VisitRef visit = store.scenario().visitToNewWard("00009");
        store.scenario().answer(visit.id(), visit.template().criterion("1.1"), Result.PASS, null);
        write(c -> writer.delete(c, Table.VISITS, visit.id()));

        assertThat(check(false)).singleElement().satisfies(issue -> {
            assertThat(issue.check()).isEqualTo(IntegrityCheck.DELETED_REFERENCE);
            assertThat(issue.detail()).startsWith("answers ").endsWith("-> deleted visits");
        });
    }

    @Test
    void danglingForeignKeyIsReported() throws Exception {
        Scenario.VisitRef visit = store.scenario().visitToNewWard("00009");
        try (Connection raw = new SQLiteConfig().createConnection("jdbc:sqlite:" + store.db().file());
             Statement st = raw.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("UPDATE visits SET unit_id = 'no-such-unit' WHERE id = '" + visit.id() + "'");
        }
        assertThat(check(false)).extracting(IntegrityIssue::check).contains(IntegrityCheck.FOREIGN_KEY);
    }

    @Test
    void searchIndexOutOfStepWithItsContentIsReported() {
        store.scenario().ward("00009", "Đống Đa");
        write(c -> Sql.update(c, "INSERT INTO search_fts(search_fts, rowid, body)"
                + " SELECT 'delete', rowid, 'noi dung khac' FROM search_docs"));

        assertThat(check(false)).extracting(IntegrityIssue::check).contains(IntegrityCheck.SEARCH_INDEX);
    }
}
