package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's state without a window: recent jobs, errors and the log, panes, unsaved changes. */
class WorkbenchViewModelTest {
    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private WorkbenchViewModel model(BoardViewModel.Loader loader) {
        return new WorkbenchViewModel(new BoardViewModel(loader, Runnable::run), Settings.load(home), Runnable::run);
    }

    @Test
    void anOpenedJobBecomesTheNewestRecentJobAndIsSaved(@TempDir Path jobs) throws Exception {
        Path a = Files.createDirectory(jobs.resolve("a"));
        Path b = Files.createDirectory(jobs.resolve("b"));
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        m.open(List.of(a));
        WaitForAsyncUtils.waitForFxEvents();
        m.open(List.of(b));
        WaitForAsyncUtils.waitForFxEvents();
        m.open(List.of(a));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.recentJobs()).containsExactly(List.of(a), List.of(b));
        assertThat(Settings.load(home).recentJobs()).containsExactly(List.of(a), List.of(b));
        assertThat(m.runningProperty().get()).isNull();
        assertThat(m.logEntries()).filteredOn(e -> e.message().startsWith("Opened")).hasSize(3);
    }

    @Test
    void aRecentJobThatIsGoneIsRemovedAndSaysSo(@TempDir Path jobs) {
        Settings s = Settings.load(home);
        s.addRecent(List.of(jobs.resolve("gone")));
        s.save();
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        m.openRecent(0);
        assertThat(m.recentJobs()).isEmpty();
        assertThat(m.errorProperty().get()).contains("gone").contains("no longer exists");
        m.dismissError();
        assertThat(m.errorProperty().get()).isNull();
    }

    @Test
    void aFailedOpenShowsTheErrorAndLogsTheStackTrace() {
        WorkbenchViewModel m = model((paths, progress) -> {
            throw new JobInputException(paths.get(0), "corrupt zip archive");
        });
        m.open(List.of(Path.of("broken.zip")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.errorProperty().get()).startsWith("Cannot open ").contains("broken.zip").contains("corrupt zip archive");
        assertThat(m.logEntries()).last().satisfies(e -> {
            assertThat(e.level()).isEqualTo("ERROR");
            assertThat(e.details()).contains("JobInputException").contains("at ");
        });
        assertThat(m.recentJobs()).isEmpty();
    }

    @Test
    void theFirstStartOpensTheBundledSampleAndLaterStartsDoNot(@TempDir Path sample) {
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        String was = System.getProperty("fabwright.sampleJob");
        try {
            System.setProperty("fabwright.sampleJob", sample.toString());
            assertThat(m.startupJob(List.of())).containsExactly(sample);
            assertThat(m.startupJob(List.of(Path.of("given")))).containsExactly(Path.of("given"));
            m.recentJobs().add(List.of(Path.of("old")));
            assertThat(m.startupJob(List.of())).isEmpty();
            System.setProperty("fabwright.sampleJob", sample.resolve("missing").toString());
            assertThat(m.sampleJob()).isNull();
        } finally {
            if (was == null) {
                System.clearProperty("fabwright.sampleJob");
            } else {
                System.setProperty("fabwright.sampleJob", was);
            }
        }
    }

    @Test
    void panesAddTheirUnsavedChangesAndSeeEveryJob() {
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        List<Job> seen = new ArrayList<>();
        m.addPane(new WorkbenchPane() {
            @Override
            public String title() {
                return "Test";
            }

            @Override
            public javafx.scene.Node node() {
                return null;
            }

            @Override
            public void jobChanged(Job job) {
                seen.add(job);
            }

            @Override
            public int unsavedChanges() {
                return 2;
            }
        });
        assertThat(m.closeQuestion()).startsWith("2 unsaved change(s)");
        m.open(List.of(Path.of("x")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).hasSize(1);
    }

    @Test
    void aPaneTaskRunsWithItsMessageInTheStatusAndItsFailureInTheErrorBar() {
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateTitle("DFM run");
                updateMessage("rule 3 of 27");
                throw new IllegalStateException("profile has no rules");
            }
        };
        m.run(task);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.board().statusProperty().get()).isEqualTo("rule 3 of 27");
        assertThat(m.errorProperty().get()).isEqualTo("DFM run failed: profile has no rules");
        assertThat(m.runningProperty().get()).isNull();
    }

    @Test
    void showingAPlaceOnTheBoardHighlightsIt() {
        WorkbenchViewModel m = model((paths, progress) -> Job.empty());
        m.board().setCanvasSize(400, 300);
        Envelope finding = new Envelope(10, 11, 10, 11);
        m.showOnBoard(finding);
        assertThat(m.board().highlightProperty().get()).isEqualTo(finding);
        assertThat(m.board().viewportProperty().get().scale()).isGreaterThan(50);
        m.showOnBoard(null);
        assertThat(m.board().highlightProperty().get()).isNull();
    }
}
