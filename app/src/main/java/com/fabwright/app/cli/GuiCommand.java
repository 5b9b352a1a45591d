package com.fabwright.app.cli;

import com.fabwright.app.job.JobInputException;
import com.fabwright.app.ui.Gui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fabwright gui [JOB]}: opens the desktop window, loading the job if one is given. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop window, optionally on a job.")
public final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "JOB", description = "Files, folders and .zip archives to open.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return open(paths);
    }

    static int open(List<Path> paths) throws JobInputException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new JobInputException(p, "no such file or folder");
            }
        }
        try {
            Gui.open(paths);
            return ExitCodes.OK;
        } catch (UnsupportedOperationException e) {
            System.err.println("fabwright: cannot open a window (" + e.getMessage()
                    + "); set DISPLAY, or use the command line: fabwright --help");
            return ExitCodes.ENVIRONMENT;
        }
    }
}
