package vn.congvu.ui.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.Messages;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.testing.InlineBackground;
import vn.congvu.testing.ManualScheduler;
import vn.congvu.testing.MutableClock;
import vn.congvu.testing.RecordingDialogs;
import vn.congvu.ui.Shell;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.SaveStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atStart();
    private Workspace ws;
    private UiContext ctx;
    private Visit first;
    private Visit second;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("audit.db"), true, clock);
        Messages messages = new Messages(Messages.VIETNAMESE);
        InlineBackground background = new InlineBackground();
        ctx = new UiContext(ws, messages, background, new Autosaver(background, new ManualScheduler(), new SaveStatus(),
                clock, t -> UiContext.describe(messages, t)), new RecordingDialogs(), p -> { }, new Shell() {
            @Override
            public void switchLanguage(java.util.Locale locale) {
            }

            @Override
            public void applyTheme(String theme) {
            }
        }, clock);
        first = start("khuong dinh");
        second = start("dong da");
        for (String code : List.of("1.1", "1.2", "1.3")) {
            clock.advance(Duration.ofSeconds(3));
            ws.visits().answer(first.id(), code, Result.PASS, null);
            clock.advance(Duration.ofSeconds(3));
            ws.visits().answer(second.id(), code, Result.FAIL, "Không niêm yết " + code);
        }
    }

    private Visit start(String unit) {
        Unit u = ws.units().list(unit).get(0);
        clock.advance(Duration.ofSeconds(5));
        return ws.visits().start(new StartVisitRequest(u.id(), null, null, LocalDateTime.of(2025, 3, 10, 8, 30), true,
                null, List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)), List.of()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void pagesGoBackInTimeWithoutLosingOrRepeatingAnEntry() {
        int all = ws.audit().entries(null, null, 10_000).size();
        AuditViewModel vm = new AuditViewModel(ctx, 4);

        vm.show(null);
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.moreProperty().get()).isTrue();
        while (vm.moreProperty().get()) {
            vm.loadMore();
        }

        assertThat(vm.rows()).hasSize(all);
        assertThat(new HashSet<>(vm.rows().stream().map(r -> r.entry().id()).toList())).hasSize(all);
        assertThat(vm.rows()).extracting(r -> r.entry().at()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void oneVisitsEntriesAndATextFilterWithoutDiacritics() {
        AuditViewModel vm = new AuditViewModel(ctx);

        vm.show(second.id());

        assertThat(vm.visitProperty().get().id()).isEqualTo(second.id());
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.entry().visitId()).isEqualTo(second.id()));
        assertThat(vm.rows().get(0).who()).isEqualTo(ws.actor().author() + " · máy " + vn.congvu.ui.exchange.Ids.shortId(ws.actor().device()));
        vm.filterProperty().set("khong niem yet 1.2");
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.what()).startsWith("Tạo Kết quả tiêu chí");
            assertThat(r.changes()).contains("Không niêm yết 1.2");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("1 mục");

        vm.filterProperty().set("");
        vm.visitProperty().set(vm.visits().get(0));
        assertThat(vm.rows()).anyMatch(r -> first.id().equals(r.entry().visitId()));
    }

    @Test
    void changesAreReadableOldToNew() {
        assertThat(AuditViewModel.changes("{\"note\":[null,\"Mới\"],\"result\":[\"PASS\",\"FAIL\"]}"))
                .isEqualTo("note: ∅ → Mới; result: PASS → FAIL");
        assertThat(AuditViewModel.changes("{\"file\":\"a.congvu\",\"visits\":3}")).isEqualTo("file: a.congvu; visits: 3");
        assertThat(AuditViewModel.changes(null)).isEmpty();
    }
}
