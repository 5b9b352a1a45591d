/**
 * The board view's picture engine, without a toolkit: the {@link com.fabwright.app.view.Viewport}
 * (board millimetres to canvas pixels, top or bottom view), a pyramid of cached 256-pixel tiles
 * rendered on worker threads from per-layer STRtrees with level of detail, and the
 * {@link com.fabwright.app.view.FrameComposer} that builds each frame from cached tiles and
 * stand-ins. The window draws it with JavaFX, the view benchmark with Java2D.
 */
package com.fabwright.app.view;
