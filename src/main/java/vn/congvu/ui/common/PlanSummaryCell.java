package vn.congvu.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import vn.congvu.app.Messages;
import vn.congvu.app.PlanService;

import java.util.function.Function;

/**
 * A plan in a list (the plans screen, the start screen): number and title, a bar of the units visited, the
 * visits, the recommendations still open, and below them what the screen adds (links, or nothing).
 */
public final class PlanSummaryCell extends ListCell<PlanService.PlanSummary> {

    private final Messages messages;
    private final Function<PlanService.PlanSummary, Node> below;

    public PlanSummaryCell(Messages messages) {
        this(messages, s -> null);
    }

    public PlanSummaryCell(Messages messages, Function<PlanService.PlanSummary, Node> below) {
        this.messages = messages;
        this.below = below;
    }

    @Override
    protected void updateItem(PlanService.PlanSummary s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            return;
        }
        String number = s.plan().number().isBlank() ? messages.get("ui.plans.noNumber") : s.plan().number();
        Label title = new Label(number + (s.plan().title().isBlank() ? "" : " – " + s.plan().title()));
        title.setWrapText(true);
        title.getStyleClass().add("text-bold");
        ProgressBar bar = new ProgressBar(s.unitsPlanned() == 0 ? 0 : (double) s.unitsVisited() / s.unitsPlanned());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = new Label(messages.get("ui.plans.progress", s.unitsVisited(), s.unitsPlanned(), s.visits()));
        progress.getStyleClass().add("text-muted");
        Label open = new Label(messages.get("ui.plans.openRecommendations", s.openRecommendations()));
        open.getStyleClass().add(s.openRecommendations() > 0 ? "warning" : "text-muted");
        VBox box = new VBox(4, title, bar, progress, open);
        Node extra = below.apply(s);
        if (extra != null) {
            box.getChildren().add(extra);
        }
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
        title.maxWidthProperty().bind(box.prefWidthProperty());
        setGraphic(box);
    }
}
