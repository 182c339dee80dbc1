package vn.congvu.ui.export;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.ViewLoader;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The export buttons' one entry point: starts an {@link ExportViewModel} and, once the export runs, shows its
 * window over {@code owner}. Used by the visit workspace (minutes), the dashboard (report, summary) and the
 * settings (copies of the shipped templates).
 */
public final class Exports {

    private final UiContext ctx;
    private final Supplier<Window> owner;

    public Exports(UiContext ctx, Supplier<Window> owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /** Biên bản of a visit: "Bien-ban-Phuong-Khuong-Dinh-2025-03-05.docx". */
    public ExportViewModel minutes(String visitId, String unitName, LocalDate visitDate) {
        return start(new ExportJob(ExportKind.MINUTES, visitId, ExportNames.of(ExportKind.MINUTES, unitName, visitDate)));
    }

    /** Báo cáo of a plan: "Bao-cao-12-KH-DKT-2025-03-05.docx" (today's date). */
    public ExportViewModel report(String planId, String planNumber) {
        return start(new ExportJob(ExportKind.REPORT, planId,
                ExportNames.of(ExportKind.REPORT, planNumber, LocalDate.now(ctx.clock()))));
    }

    /** Bảng tổng hợp of a plan, or of every visit when {@code planId} is null. */
    public ExportViewModel summary(String planId, String planNumber) {
        String subject = planId == null ? ctx.messages().get("ui.export.allPlansFile") : planNumber;
        return start(new ExportJob(ExportKind.SUMMARY, planId,
                ExportNames.of(ExportKind.SUMMARY, subject, LocalDate.now(ctx.clock()))));
    }

    /** A copy of the shipped minutes or report template, to edit in Word ("Mau-bien-ban.docx"). */
    public ExportViewModel shippedTemplate(vn.congvu.app.export.ExportService.TemplateKind kind) {
        ExportKind what = kind == vn.congvu.app.export.ExportService.TemplateKind.MINUTES ? ExportKind.MINUTES_TEMPLATE
                : ExportKind.REPORT_TEMPLATE;
        return start(new ExportJob(what, null, ExportNames.of(what, "", null)));
    }

    private ExportViewModel start(ExportJob job) {
        ExportViewModel vm = new ExportViewModel(ctx);
        vm.stateProperty().addListener((o, was, now) -> {
            if (now == ExportViewModel.State.RUNNING && was == ExportViewModel.State.CHOOSING) {
                show(vm);
            }
        });
        vm.start(job);
        return vm;
    }

    private void show(ExportViewModel vm) {
        ExportView view = new ViewLoader(ctx.messages().bundle(), vm).load(ExportView.class).view();
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(vm.titleProperty().get());
        stage.setResizable(false);
        Scene scene = new Scene(view.root());
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // closing the window while the export runs stops it: nothing is left half-written
        stage.setOnHiding(e -> vm.cancel());
        stage.show();
    }
}
