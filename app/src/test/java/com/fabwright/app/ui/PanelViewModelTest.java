package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The panel pane's state without a window, on the demo board: options, preview, fit, findings, files. */
class PanelViewModelTest {
    static Job demo;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        demo = new JobLoader().load(List.of(WorkbenchViewTest.DEMO.toAbsolutePath()), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private PanelViewModel model() {
        PanelViewModel m = new PanelViewModel(Runnable::run);
        m.jobChanged(demo);
        WaitForAsyncUtils.waitForFxEvents();
        return m;
    }

    @Test
    void aTwoByTwoArrayIsPreviewedWithItsUtilisation() {
        PanelViewModel m = model();
        m.rowsProperty().set("2");
        m.colsProperty().set("2");
        WaitForAsyncUtils.waitForFxEvents();
        var l = m.studyProperty().get().layout();
        assertThat(l.instances()).hasSize(4);
        assertThat(m.summaryProperty().get()).startsWith("Array 2 x 2 = 4 board(s)");
        assertThat(m.fitProperty().get()).contains("utilisation").matches(".*utilisation \\d+\\.\\d %");
        assertThat(m.previewProperty().get().getWidth()).isGreaterThan(100);
        double ratio = (double) m.previewProperty().get().getWidth() / m.previewProperty().get().getHeight();
        assertThat(ratio).isBetween(0.3, 3.0);
    }

    @Test
    void moreBoardsMakeAWiderPreviewAndVScoringARoundedBoardIsRefused() {
        PanelViewModel m = model();
        m.colsProperty().set("1");
        m.rowsProperty().set("1");
        WaitForAsyncUtils.waitForFxEvents();
        int one = m.previewProperty().get().getWidth();
        m.colsProperty().set("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.previewProperty().get().getWidth()).isGreaterThan(one);
        m.separationProperty().set("vscore");
        m.spacingProperty().set("0");
        WaitForAsyncUtils.waitForFxEvents();
        // the demo board has rounded corners: V-scoring it is refused, and the last plan stays shown
        assertThat(m.messageProperty().get()).startsWith("refused: V-score").contains("rounded corners");
        assertThat(m.summaryProperty().get()).startsWith("Array 1 x 3");
    }

    @Test
    void badFieldsAreSaidAndTheLastPlanStays() {
        PanelViewModel m = model();
        var before = m.studyProperty().get();
        m.rowsProperty().set("two");
        assertThat(m.messageProperty().get()).contains("rows");
        m.rowsProperty().set("2");
        m.railsProperty().set("5 furlongs");
        assertThat(m.messageProperty().get()).contains("rails");
        m.railsProperty().set("5");
        m.separationProperty().set("glue");
        assertThat(m.messageProperty().get()).contains("separation");
        assertThat(before).isNotNull();
    }

    @Test
    void thePanelFilesAreWrittenInTheBackground(@TempDir Path out) throws Exception {
        PanelViewModel m = model();
        var task = m.writeFiles(out);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.get()).contains("panel-drawing.png");
        assertThat(out.resolve("panel-drawing.png")).isNotEmptyFile();
        assertThat(m.messageProperty().get()).startsWith("wrote");
    }

    @Test
    void aJobWithoutOutlineGivesNoPlan() {
        PanelViewModel m = new PanelViewModel(Runnable::run);
        m.jobChanged(Job.empty());
        assertThat(m.studyProperty().get()).isNull();
    }
}
