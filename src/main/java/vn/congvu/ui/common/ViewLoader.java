package vn.congvu.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.util.ResourceBundle;

/**
 * Loads {@code Xxx.fxml} beside {@code XxxView} (mirrored resources path) with the resource bundle and
 * a controller factory that hands the view its dependency by constructor.
 */
public final class ViewLoader {

    /** A loaded view: its controller and its root node. */
    public record Loaded<V>(V view, Parent root) {
    }

    private final ResourceBundle bundle;
    private final Object dependency;

    /** @param dependency passed to controllers that have a one-argument constructor of its type */
    public ViewLoader(ResourceBundle bundle, Object dependency) {
        this.bundle = bundle;
        this.dependency = dependency;
    }

    public <V> Loaded<V> load(Class<V> viewClass) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = viewClass.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("no " + name + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(viewClass.cast(loader.getController()), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    private Object create(Class<?> type) {
        try {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isInstance(dependency)) {
                    c.setAccessible(true);
                    return c.newInstance(dependency);
                }
            }
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            return noArgs.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make controller " + type.getName(), e);
        }
    }
}
