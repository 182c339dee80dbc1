package vn.congvu.ui.units;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.congvu.app.UnitImportPlan;
import vn.congvu.app.UnitNames;
import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;
import vn.congvu.ui.UiContext;

/**
 * Shows what an import of units will do before anything is written, or, when rows are wrong, every bad
 * row with its number so that the file can be fixed in Excel.
 */
final class UnitImportDialog extends Dialog<Boolean> {

    /** The preview of a valid file: the user applies it or cancels. */
    UnitImportDialog(UiContext ctx, UnitImportPlan plan) {
        setTitle(ctx.messages().get("ui.units.importTitle"));
        setHeaderText(ctx.messages().get("ui.units.previewHeader", plan.count(UnitImportPlan.Action.NEW),
                plan.count(UnitImportPlan.Action.UPDATE), plan.count(UnitImportPlan.Action.UNCHANGED)));
        TableView<UnitImportPlan.Entry> table = new TableView<>();
        table.setId("import-preview");
        table.getItems().setAll(plan.entries());
        TableColumn<UnitImportPlan.Entry, String> row = new TableColumn<>(ctx.messages().get("ui.import.row"));
        row.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().row())));
        TableColumn<UnitImportPlan.Entry, String> action = new TableColumn<>(ctx.messages().get("ui.import.action"));
        action.setCellValueFactory(c -> new SimpleStringProperty(
                ctx.messages().get("ui.import.action." + c.getValue().action())));
        TableColumn<UnitImportPlan.Entry, String> code = new TableColumn<>(ctx.messages().get("ui.units.code"));
        code.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().proposed().code()));
        TableColumn<UnitImportPlan.Entry, String> name = new TableColumn<>(ctx.messages().get("ui.units.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(UnitNames.of(c.getValue().proposed())));
        name.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(row, action, code, name));
        table.setPrefSize(640, 420);
        getDialogPane().setContent(table);
        ButtonType apply = new ButtonType(ctx.messages().get("ui.import.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        setResultConverter(b -> b == apply ? Boolean.TRUE : null);
    }

    /** The rows that stop a file from being imported. */
    UnitImportDialog(UiContext ctx, ImportException refused) {
        setTitle(ctx.messages().get("ui.units.importTitle"));
        setHeaderText(ctx.messages().get("error.import.badRows", refused.errors().size()));
        TableView<RowError> table = new TableView<>();
        table.setId("import-errors");
        table.getItems().setAll(refused.errors());
        TableColumn<RowError, String> row = new TableColumn<>(ctx.messages().get("ui.import.row"));
        row.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().row())));
        TableColumn<RowError, String> problem = new TableColumn<>(ctx.messages().get("ui.import.problem"));
        problem.setCellValueFactory(c -> new SimpleStringProperty(
                ctx.messages().get(c.getValue().key(), c.getValue().args())));
        problem.setPrefWidth(480);
        table.getColumns().setAll(java.util.List.of(row, problem));
        table.setPrefSize(640, 360);
        getDialogPane().setContent(new VBox(8, new Label(ctx.messages().get("ui.import.nothingWritten")), table));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setResultConverter(b -> null);
    }
}
