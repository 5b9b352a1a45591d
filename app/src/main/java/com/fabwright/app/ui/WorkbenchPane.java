package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import javafx.scene.Node;

/**
 * A feature view that plugs into the main window as a tab beside Files and Log (DFM findings,
 * assembly, quote, panel...). A feature adds one by implementing {@link Provider} and listing it
 * in {@code META-INF/services/com.fabwright.app.ui.WorkbenchPane$Provider}; the window shows a
 * tab for each provider found and nothing for features that are not there.
 */
public interface WorkbenchPane {
    /** The tab's title. */
    String title();

    /** The tab's content (built once). */
    Node node();

    /** A job was opened (or the identification changed): show it. Called on the FX thread. */
    default void jobChanged(Job job) {
    }

    /** Edits not yet saved (accepted deviations, an unsaved quote...): asked about on close. */
    default int unsavedChanges() {
        return 0;
    }

    /** Makes the pane for a window. */
    interface Provider {
        WorkbenchPane create(WorkbenchContext context);
    }
}
