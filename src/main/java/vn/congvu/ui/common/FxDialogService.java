package vn.congvu.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.Messages;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final Messages messages;
    private final Background background;

    public FxDialogService(Supplier<Window> owner, Messages messages, Background background) {
        this.owner = owner;
        this.messages = messages;
        this.background = background;
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    @Override
    public void showError(String header, String text) {
        alert(Alert.AlertType.ERROR, header, text).showAndWait();
    }

    @Override
    public void showInfo(String header, String text) {
        alert(Alert.AlertType.INFORMATION, header, text).showAndWait();
    }

    @Override
    public boolean confirm(String header, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text);
        ButtonType yes = new ButtonType(messages.get("ui.dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("ui.dialog.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Integer> choose(String header, String text, List<String> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text);
        List<ButtonType> buttons = new ArrayList<>();
        for (String c : choices) {
            buttons.add(new ButtonType(c, ButtonBar.ButtonData.OTHER));
        }
        buttons.add(new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0 && i < choices.size());
    }

    private FileChooser chooser(String title, String filterDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extensions));
        }
        return chooser;
    }

    @Override
    public Optional<Path> openFile(String title, String filterDescription, String... extensions) {
        File f = chooser(title, filterDescription, extensions).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, String filterDescription, String... extensions) {
        List<File> files = chooser(title, filterDescription, extensions).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String filterDescription, String... extensions) {
        FileChooser chooser = chooser(title, filterDescription, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFileIn(String title, Path folder, String suggestedName, String filterDescription,
                                     String... extensions) {
        FileChooser chooser = chooser(title, filterDescription, extensions);
        chooser.setInitialFileName(suggestedName);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void openWithDesktop(Path path) {
        // AWT's Desktop may block for a while: never on the FX thread
        background.submit("open " + path, p -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("no desktop integration");
            }
            Desktop.getDesktop().open(path.toFile());
            return null;
        }, ignored -> { }, failure -> {
            LOG.warn("cannot open {}", path, failure);
            // Linux without a desktop environment, or a file type no program claims: say so, and where it is
            // (Desktop.open refuses a file that is gone with IllegalArgumentException: then only its name)
            showError(messages.get("ui.dialog.cannotOpenFile"), failure instanceof IllegalArgumentException
                    ? path.toString() : messages.get("ui.dialog.noProgramFor", path.toString()));
        });
    }
}
