package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import javafx.scene.Node;

/** The Assembly tab of the workbench ({@link AssemblyView} on an {@link AssemblyViewModel}). */
public final class AssemblyPane implements WorkbenchPane {
    private final AssemblyViewModel model;
    private final AssemblyView view;

    AssemblyPane(WorkbenchContext context) {
        model = new AssemblyViewModel(context);
        view = AssemblyView.load(model);
    }

    @Override
    public String title() {
        return "Assembly";
    }

    @Override
    public Node node() {
        return view.root();
    }

    @Override
    public void jobChanged(Job job) {
        model.jobChanged(job);
    }

    public AssemblyViewModel model() {
        return model;
    }

    /** Listed in {@code META-INF/services}. */
    public static final class Provider implements WorkbenchPane.Provider {
        @Override
        public WorkbenchPane create(WorkbenchContext context) {
            return new AssemblyPane(context);
        }
    }
}
