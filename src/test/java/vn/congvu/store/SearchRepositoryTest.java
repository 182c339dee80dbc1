package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.Records;
import vn.congvu.testing.Scenario;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.congvu.testing.Queries.search;
import static vn.congvu.testing.Queries.searchIds;

class SearchRepositoryTest extends RepositoryTestBase {

    private static final String NOTE = "Bộ phận một cửa không niêm yết lịch làm việc";

    private String dongDa;
    private String khuongDinh;
    private String socSon;
    private Scenario.VisitRef visit;
    private Answer finding;
    private String official;
    private String dossier;

    @BeforeEach
    void someRecords() {
        Scenario s = store.scenario();
        visit = s.visitToNewWard("00009");
        dongDa = visit.unitId();
        khuongDinh = s.ward("00367", "Khương Đình");
        socSon = s.unit(Records.unit("04939", UnitKind.COMMUNE, "Sóc Sơn"));
        finding = s.answer(visit.id(), visit.template().criterion("1.1"), Result.FAIL, NOTE);
        official = s.official(visit.id(), "Phạm Đức Anh");
        dossier = s.dossier(visit.id(), "000.00.09.H26-250124-0017", "Đăng ký khai sinh");
    }

    @Test
    void foldedQueryFindsTheUnitWithDiacriticsAndStrokedD() {
        assertThat(searchIds(store.db(), "dong da")).containsExactly(dongDa);
        assertThat(searchIds(store.db(), "khuong dinh")).containsExactly(khuongDinh);
        assertThat(searchIds(store.db(), "soc son")).containsExactly(socSon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dong da", "DONG DA", "Đống đa", "Đống Đa", "đống đa", "  dong   da  "})
    void caseAndDiacriticsOfTheQueryDoNotMatter(String query) {
        assertThat(searchIds(store.db(), query)).containsExactly(dongDa);
    }

    @Test
    void queryTypedInDecomposedFormStillMatches() {
        assertThat(searchIds(store.db(), Normalizer.normalize("Khương Đình", Normalizer.Form.NFD)))
                .containsExactly(khuongDinh);
    }

    @Test
    void noteStoredInDecomposedFormIsFound() {
        Answer decomposed = store.scenario().answer(visit.id(), visit.template().criterion("1.3"), Result.FAIL,
                Normalizer.normalize("Cán bộ làm việc riêng tại quầy", Normalizer.Form.NFD));
        assertThat(searchIds(store.db(), "lam viec rieng")).containsExactly(decomposed.id());
        assertThat(searchIds(store.db(), "cán bộ")).containsExactly(decomposed.id());
    }

    @Test
    void unitHitCarriesItsTitleAsWritten() {
        List<SearchHit> hits = search(store.db(), "khuong dinh");
        assertThat(hits).containsExactly(new SearchHit(SearchKind.UNIT, khuongDinh, null, khuongDinh,
                "Phường Khương Đình"));
        assertThat(searchIds(store.db(), "xa soc son")).containsExactly(socSon);
        assertThat(searchIds(store.db(), "00367")).containsExactly(khuongDinh);
    }

    @Test
    void lastWordIsAPrefixWhileTyping() {
        assertThat(searchIds(store.db(), "khuong di")).containsExactly(khuongDinh);
        assertThat(searchIds(store.db(), "khu")).containsExactly(khuongDinh);
        assertThat(searchIds(store.db(), "khuong x")).isEmpty();
    }

    @Test
    void noteIsFoundWithoutItsDiacritics() {
        List<SearchHit> hits = search(store.db(), "mot cua");
        assertThat(hits).containsExactly(new SearchHit(SearchKind.FINDING, finding.id(), visit.id(), dongDa, NOTE));
    }

    @Test
    void everyWordMustMatch() {
        assertThat(searchIds(store.db(), "mot cua lich")).containsExactly(finding.id());
        assertThat(searchIds(store.db(), "mot cua khai sinh")).isEmpty();
        assertThat(searchIds(store.db(), "lich mot")).containsExactly(finding.id());
    }

    @Test
    void officialsAreFoundByNameAndPosition() {
        List<SearchHit> hits = search(store.db(), "duc anh");
        assertThat(hits).containsExactly(new SearchHit(SearchKind.OFFICIAL, official, visit.id(), dongDa,
                "Phạm Đức Anh"));
        assertThat(searchIds(store.db(), "pham duc")).containsExactly(official);
        assertThat(searchIds(store.db(), "van phong thong ke")).containsExactly(official);
    }

    @Test
    void dossiersAreFoundByCodeAndProcedure() {
        assertThat(searchIds(store.db(), "dang ky khai sinh")).containsExactly(dossier);
        assertThat(searchIds(store.db(), "H26-250124-0017")).containsExactly(dossier);
        assertThat(searchIds(store.db(), "0017")).containsExactly(dossier);
        List<SearchHit> hits = search(store.db(), "khai sinh");
        assertThat(hits).extracting(SearchHit::title).containsExactly("000.00.09.H26-250124-0017 – Đăng ký khai sinh");
    }

    @Test
    void visitNotesAndRecommendationsAreFound() {
        String noted = store.scenario().visit(new Visit(null, null, null, khuongDinh, null, visit.template().id(),
                Records.VISIT_DAY, null, null, true, null, null, VisitStatus.COMPLETED,
                "Đơn vị thiếu sổ theo dõi hồ sơ", 0));
        String rec = write(c -> new FollowUpRepository(writer).insertRecommendation(c, new Recommendation(null,
                visit.id(), dongDa, null, "Lập sổ theo dõi hồ sơ điện tử", null, ActionStatus.OPEN, 1, 0)));

        assertThat(searchIds(store.db(), "so theo doi")).containsExactlyInAnyOrder(noted, rec);
        assertThat(searchIds(store.db(), "so theo doi", SearchKind.VISIT)).containsExactly(noted);
        assertThat(searchIds(store.db(), "so theo doi", SearchKind.RECOMMENDATION)).containsExactly(rec);
    }

    @Test
    void kindsFilterWhatIsReturned() {
        Answer another = store.scenario().answer(visit.id(), visit.template().criterion("1.2"), Result.FAIL,
                "Yêu cầu thêm giấy tờ khi đăng ký kết hôn");

        assertThat(searchIds(store.db(), "dang ky")).containsExactlyInAnyOrder(dossier, another.id());
        assertThat(searchIds(store.db(), "dang ky", SearchKind.DOSSIER)).containsExactly(dossier);
        assertThat(searchIds(store.db(), "dang ky", SearchKind.FINDING)).containsExactly(another.id());
        assertThat(searchIds(store.db(), "dang ky", SearchKind.DOSSIER, SearchKind.FINDING))
                .containsExactlyInAnyOrder(dossier, another.id());
        assertThat(searchIds(store.db(), "dang ky", SearchKind.UNIT)).isEmpty();
    }

    @Test
    void limitCapsTheHits() {
        List<SearchHit> two = read(c -> new SearchRepository().search(c, "phuong", List.of(), 1));
        List<SearchHit> none = read(c -> new SearchRepository().search(c, "phuong", List.of(), 0));
        assertThat(two).hasSize(1);
        assertThat(none).isEmpty();
    }

    @Test
    void changedNoteIsReindexed() {
        write(c -> new AnswerRepository(writer).save(c, new Answer(finding.id(), visit.id(), finding.criterionId(),
                Result.FAIL, null, null, null, "Không có hòm thư góp ý", null, finding.revision())));

        assertThat(searchIds(store.db(), "lich lam viec")).isEmpty();
        assertThat(searchIds(store.db(), "hom thu gop y")).containsExactly(finding.id());
    }

    @Test
    void clearedNoteLeavesTheIndex() {
        write(c -> new AnswerRepository(writer).save(c, new Answer(finding.id(), visit.id(), finding.criterionId(),
                Result.PASS, null, null, null, null, null, finding.revision())));
        assertThat(searchIds(store.db(), "mot cua")).isEmpty();
    }

    @Test
    void renamedUnitIsFoundByItsNewName() {
        write(c -> writer.update(c, Table.UNITS, khuongDinh, Map.of("name", "Khương Trung"), null));
        assertThat(searchIds(store.db(), "khuong dinh")).isEmpty();
        assertThat(searchIds(store.db(), "khuong trung")).containsExactly(khuongDinh);
    }

    @Test
    void deletedRecordsVanishFromResults() {
        write(c -> writer.delete(c, Table.UNITS, khuongDinh));
        write(c -> writer.delete(c, Table.ANSWERS, finding.id()));
        write(c -> writer.delete(c, Table.OFFICIALS, official));
        write(c -> writer.delete(c, Table.DOSSIERS, dossier));

        assertThat(searchIds(store.db(), "khuong dinh")).isEmpty();
        assertThat(searchIds(store.db(), "mot cua")).isEmpty();
        assertThat(searchIds(store.db(), "duc anh")).isEmpty();
        assertThat(searchIds(store.db(), "khai sinh")).isEmpty();
        assertThat(searchIds(store.db(), "dong da")).containsExactly(dongDa);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"dong da\"", "dong*", "*", "-dong", "dong -da", "(dong", "dong)", "dong:da",
            "^dong", "dong OR", "NOT dong", "NEAR(dong da)", "dong AND", "'", "đống + đa", "{dong}", "[da]", "%_",
            "\\", "dong\u0000da"})
    void punctuationAndOperatorsInTheQueryNeverThrow(String query) {
        assertThatCode(() -> searchIds(store.db(), query)).doesNotThrowAnyException();
    }

    @Test
    void quotesAndOperatorsAreTakenAsPlainWords() {
        assertThat(searchIds(store.db(), "\"dong da\"")).containsExactly(dongDa);
        assertThat(searchIds(store.db(), "(dong) -da*")).containsExactly(dongDa);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n", "\"", "*", "-", "()", "\"\""})
    void emptyBlankOrPunctuationOnlyQueryFindsNothing(String query) {
        assertThat(searchIds(store.db(), query)).isEmpty();
    }

    @Test
    void nullQueryFindsNothing() {
        List<SearchHit> hits = read(c -> new SearchRepository().search(c, null, List.of(), 10));
        assertThat(hits).isEmpty();
    }

    @Test
    void matchExpressionQuotesEveryFoldedWordAsAPrefix() {
        assertThat(SearchRepository.matchExpression("Đống Đa")).isEqualTo("\"dong\"* \"da\"*");
        assertThat(SearchRepository.matchExpression("\"x\" OR (y)")).isEqualTo("\"x\"* \"or\"* \"y\"*");
        assertThat(SearchRepository.matchExpression(" - ")).isEmpty();
    }
}
