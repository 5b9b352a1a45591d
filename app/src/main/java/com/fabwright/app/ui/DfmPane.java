package com.fabwright.app.ui;

import com.fabwright.app.AppHome;
import com.fabwright.app.job.Job;
import javafx.scene.Node;

/** The DFM tab of the workbench ({@link DfmView} on a {@link DfmViewModel}); deviations kept in {@code FABWRIGHT_HOME}. */
public final class DfmPane implements WorkbenchPane {
    private final DfmViewModel model;
    private final DfmView view;

    DfmPane(WorkbenchContext context, java.nio.file.Path home) {
        model = new DfmViewModel(context, home);
        view = DfmView.load(model, context);
    }

    @Override
    public String title() {
        return "DFM";
    }

    @Override
    public Node node() {
        return view.root();
    }

    @Override
    public void jobChanged(Job job) {
        model.jobChanged(job);
    }

    @Override
    public int unsavedChanges() {
        return model.unsavedChanges();
    }

    public DfmViewModel model() {
        return model;
    }

    /** Listed in {@code META-INF/services}: makes the pane with the deviations in {@link AppHome}. */
    public static final class Provider implements WorkbenchPane.Provider {
        /** The window's data folder (where its settings are), else {@link AppHome}. */
        @Override
        public WorkbenchPane create(WorkbenchContext context) {
            return new DfmPane(context, context instanceof WorkbenchViewModel w ? w.settings().file().getParent() : AppHome.get());
        }
    }
}
