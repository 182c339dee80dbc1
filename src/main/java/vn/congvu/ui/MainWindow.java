package vn.congvu.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.Messages;
import vn.congvu.ui.common.SaveStatus;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window's layout: menu bar, the navigation rail, the screen in the middle, and the status bar
 * that says when the last save happened. Screens are made on first visit and kept.
 */
public final class MainWindow implements Navigator {

    /**
     * A screen. Those with a label are on the rail and in the View menu; those without (a visit) are
     * reached from other screens.
     */
    public record Destination(String id, Class<? extends Place> placeType, Place defaultPlace, String labelKey,
                              String icon, String shortcut, Supplier<Screen> factory) {

        public static Destination hidden(String id, Class<? extends Place> placeType, Supplier<Screen> factory) {
            return new Destination(id, placeType, null, null, null, null, factory);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Class<? extends Place>, Destination> byPlace = new LinkedHashMap<>();
    private final Map<Class<? extends Place>, ToggleButton> railButtons = new HashMap<>();
    private final Map<Class<? extends Place>, Screen> screens = new HashMap<>();
    private final ToggleGroup rail = new ToggleGroup();
    private Screen current;
    private Place currentPlace;

    public MainWindow(Messages messages, SaveStatus saveStatus, String databaseLabel, List<Destination> destinations,
                      List<MenuItem> fileMenuItems, Runnable exit) {
        this.messages = messages;
        VBox railBox = new VBox(4);
        railBox.getStyleClass().add("nav-rail");
        railBox.setPadding(new Insets(8));
        Menu view = new Menu(messages.get("ui.menu.view"));
        for (Destination d : destinations) {
            byPlace.put(d.placeType(), d);
            if (d.labelKey() == null) {
                continue;
            }
            ToggleButton b = new ToggleButton(messages.get(d.labelKey()), new FontIcon(d.icon()));
            b.setId("nav-" + d.id());
            b.setToggleGroup(rail);
            b.setContentDisplay(ContentDisplay.TOP);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(messages.get(d.labelKey()) + "  (" + KeyCombination.keyCombination(d.shortcut())
                    .getDisplayText() + ")"));
            b.setOnAction(e -> show(d.defaultPlace()));
            railButtons.put(d.placeType(), b);
            railBox.getChildren().add(b);
            MenuItem item = new MenuItem(messages.get(d.labelKey()));
            item.setAccelerator(KeyCombination.keyCombination(d.shortcut()));
            item.setOnAction(e -> show(d.defaultPlace()));
            view.getItems().add(item);
        }
        Menu file = new Menu(messages.get("ui.menu.file"));
        file.getItems().addAll(fileMenuItems);
        if (!fileMenuItems.isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
        }
        MenuItem quit = new MenuItem(messages.get("ui.menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> exit.run());
        file.getItems().add(quit);
        MenuBar menuBar = new MenuBar(file, view);
        menuBar.setUseSystemMenuBar(true);

        root.setTop(menuBar);
        root.setLeft(railBox);
        content.getStyleClass().add("screen-host");
        root.setCenter(content);
        root.setBottom(statusBar(saveStatus, databaseLabel));
    }

    private HBox statusBar(SaveStatus status, String databaseLabel) {
        Label saved = new Label();
        saved.setId("save-status");
        saved.textProperty().bind(Bindings.createStringBinding(() -> {
            if (status.failureProperty().get() != null) {
                return messages.get("ui.status.saveFailed", status.failureProperty().get());
            }
            if (status.pendingProperty().get() > 0) {
                return messages.get("ui.status.saving");
            }
            return status.lastSavedProperty().get() == null ? messages.get("ui.status.nothingYet")
                    : messages.get("ui.status.savedAt", TIME.format(status.lastSavedProperty().get()));
        }, status.failureProperty(), status.pendingProperty(), status.lastSavedProperty()));
        saved.styleProperty().bind(Bindings.when(status.failureProperty().isNotNull())
                .then("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;").otherwise(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label db = new Label(databaseLabel);
        db.getStyleClass().add("text-muted");
        HBox bar = new HBox(12, saved, spacer, db);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    public Parent root() {
        return root;
    }

    /** A short text (a count) on a destination's rail button, hidden while empty. */
    public void badge(Class<? extends Place> placeType, javafx.beans.value.ObservableValue<String> text) {
        ToggleButton button = railButtons.get(placeType);
        if (button == null) {
            return;
        }
        Label badge = new Label();
        badge.setId("nav-" + byPlace.get(placeType).id() + "-badge");
        badge.getStyleClass().add("rail-badge");
        badge.textProperty().bind(text);
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.getValue() != null
                && !text.getValue().isEmpty(), text));
        StackPane graphic = new StackPane(button.getGraphic(), badge);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        button.setGraphic(graphic);
    }

    public Place currentPlace() {
        return currentPlace;
    }

    @Override
    public void show(Place place) {
        Destination d = byPlace.get(place.getClass());
        if (d == null) {
            throw new IllegalArgumentException("no screen for " + place);
        }
        Screen next = screens.computeIfAbsent(place.getClass(), k -> d.factory().get());
        if (current != null && current != next) {
            current.hidden();
        }
        if (root.getScene() != null) {
            if (current != null) {
                current.shortcuts().keySet().forEach(k -> root.getScene().getAccelerators().remove(k));
            }
            root.getScene().getAccelerators().putAll(next.shortcuts());
        }
        current = next;
        currentPlace = place;
        content.getChildren().setAll(next.root());
        ToggleButton button = railButtons.get(place.getClass());
        if (button != null) {
            button.setSelected(true);
        } else if (rail.getSelectedToggle() != null) {
            rail.getSelectedToggle().setSelected(false);
        }
        next.shown(place);
    }

    /** Tells the screen on show to save what is pending (before exit or a language switch). */
    public void leave() {
        if (current != null) {
            current.hidden();
        }
    }
}
