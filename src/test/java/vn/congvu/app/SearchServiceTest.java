package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Unit khuongDinh;
    private Unit dongDa;
    private String planId;
    private Visit march;
    private Visit may;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("s.db"), true,
                Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        khuongDinh = ws.units().list("khuong dinh").get(0);
        dongDa = ws.units().list("dong da").get(0);
        planId = ws.plans().create("Đoàn").plan().id();
        march = start(khuongDinh, planId, LocalDateTime.of(2025, 3, 12, 8, 30));
        may = start(dongDa, null, LocalDateTime.of(2025, 5, 20, 9, 0));
        ws.visits().answer(march.id(), "1.2", Result.FAIL, "Công chức không đeo thẻ tại Bộ phận một cửa");
        ws.visits().answer(march.id(), "2.1", Result.PASS, "Đủ hòm thư góp ý");
        ws.visits().answer(may.id(), "1.2", Result.FAIL, "Thiếu biển chức danh");
        ws.db().write(c -> ws.officialRepository().insert(c, new Official(null, may.id(), "Đặng Thị Thu",
                "Công chức Tư pháp – Hộ tịch", true, true, false, Attitude.GOOD, null, 1, 0)));
    }

    private Visit start(Unit unit, String plan, LocalDateTime at) {
        return ws.visits().start(new StartVisitRequest(unit.id(), plan, null, at, true, null, List.of(), List.of()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<SearchResult> search(String text, String plan, String unit, LocalDate from, LocalDate to, Result r) {
        return ws.search().search(new SearchQuery(text, plan, unit, from, to, r));
    }

    @Test
    void findsNotesAndPeopleWithoutDiacritics() {
        assertThat(search("mot cua", null, null, null, null, null)).extracting(SearchResult::kind, SearchResult::unitName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.FINDING, "Phường Khương Đình"));
        assertThat(search("dang thi thu", null, null, null, null, null)).singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(SearchKind.OFFICIAL);
                    assertThat(r.detail()).isEqualTo("Công chức Tư pháp – Hộ tịch");
                    assertThat(r.visitId()).isEqualTo(may.id());
                });
    }

    @Test
    void filtersByResultPlanUnitAndDates() {
        assertThat(search(null, null, null, null, null, Result.FAIL)).extracting(SearchResult::title)
                .containsExactly("Thiếu biển chức danh", "Công chức không đeo thẻ tại Bộ phận một cửa");
        assertThat(search(null, planId, null, null, null, null)).extracting(SearchResult::title)
                .containsExactlyInAnyOrder("Công chức không đeo thẻ tại Bộ phận một cửa", "Đủ hòm thư góp ý");
        assertThat(search(null, null, dongDa.id(), null, null, null)).extracting(SearchResult::title)
                .containsExactly("Thiếu biển chức danh");
        assertThat(search(null, null, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31), Result.FAIL))
                .extracting(SearchResult::visitId).containsExactly(may.id());
        assertThat(search("thieu", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null)).isEmpty();
    }

    @Test
    void wordsAndAResultFilterCombine() {
        assertThat(search("the", null, null, null, null, Result.FAIL)).extracting(SearchResult::title)
                .containsExactly("Công chức không đeo thẻ tại Bộ phận một cửa");
        assertThat(search("hom thu", null, null, null, null, Result.FAIL)).isEmpty();
        assertThat(search("hom thu", null, null, null, null, Result.PASS)).hasSize(1);
    }

    @Test
    void punctuationAloneFindsNothingAndDoesNotFail() {
        assertThat(search("\"*()-", null, null, null, null, null)).isEmpty();
    }
}
