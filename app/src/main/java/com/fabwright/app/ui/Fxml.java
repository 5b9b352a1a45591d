package com.fabwright.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;

/** Loads a view's FXML (next to its class) with a controller made by the caller, and returns the controller. */
final class Fxml {
    private Fxml() {
    }

    static <C> C load(Class<C> view, Supplier<C> controller) {
        FXMLLoader loader = new FXMLLoader(view.getResource(view.getSimpleName() + ".fxml"));
        loader.setControllerFactory(type -> controller.get());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(view.getSimpleName() + ".fxml cannot be loaded", e);
        }
        return loader.getController();
    }
}
