/**
 * The JavaFX desktop window, in MVVM: {@link com.fabwright.app.ui.WorkbenchView} (the main window:
 * menus, recent jobs, error bar, log, status bar, feature tabs) and
 * {@link com.fabwright.app.ui.BoardView} (layers, board canvas, file table), each the controller of
 * its FXML, show what {@link com.fabwright.app.ui.WorkbenchViewModel} and
 * {@link com.fabwright.app.ui.BoardViewModel} hold; view models hold properties, run long work as
 * background {@code javafx.concurrent.Task}s and are unit-tested without a window. Feature views
 * plug in as {@link com.fabwright.app.ui.WorkbenchPane}s. The only package of Fabwright that
 * imports {@code javafx.*}.
 */
package com.fabwright.app.ui;
