/**
 * The JavaFX desktop window, in MVVM: {@link com.fabwright.app.ui.BoardView} (controller of
 * {@code BoardView.fxml}) shows what {@link com.fabwright.app.ui.BoardViewModel} holds; the view
 * model holds properties, talks to the job loader and the rasterizer on background threads, and is
 * unit-tested without a window. The only package of Fabwright that imports {@code javafx.*}.
 */
package com.fabwright.app.ui;
