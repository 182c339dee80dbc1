package vn.congvu.ui.visit;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import vn.congvu.ui.UiContext;

import java.util.List;
import java.util.function.Supplier;

/** The visit actions of the File menu: start a surprise visit (Ctrl+N), open a visit (Ctrl+O). */
public final class VisitActions {

    public static final KeyCombination START = KeyCombination.keyCombination("Shortcut+N");
    public static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+O");

    private VisitActions() {
    }

    public static List<MenuItem> fileMenuItems(UiContext ctx, Supplier<Window> owner) {
        MenuItem start = new MenuItem(ctx.messages().get("ui.visit.menu.start"));
        start.setId("menu-start-visit");
        start.setAccelerator(START);
        start.setOnAction(e -> StartVisitDialog.show(ctx, owner.get(), null));
        MenuItem open = new MenuItem(ctx.messages().get("ui.visit.menu.open"));
        open.setId("menu-open-visit");
        open.setAccelerator(OPEN);
        open.setOnAction(e -> OpenVisitDialog.show(ctx, owner.get()));
        return List.of(start, open);
    }
}
