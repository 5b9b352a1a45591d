/**
 * The Fabwright application: {@link com.fabwright.app.Launcher} starts the desktop window or the
 * command line. Sub-packages: {@code job} (what the user dropped, loaded and identified),
 * {@code engine} (the bridge to geometry and rasterising), {@code cli} (picocli commands),
 * {@code bench} (the benchmark command) and {@code ui} (JavaFX, the only package that may import
 * {@code javafx.*}).
 */
package com.fabwright.app;
