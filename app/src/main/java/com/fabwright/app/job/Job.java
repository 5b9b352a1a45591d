package com.fabwright.app.job;

import com.fabwright.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A loaded job: its files in the order given, plus the temporary folders of expanded archives,
 * which {@link #close()} deletes.
 *
 * @param name               a short name for titles ({@code demo-board}, {@code board.zip})
 * @param files              every file, read and identified
 * @param tempDirs           folders to delete on close
 */
public record Job(String name, List<LoadedFile> files, List<Path> tempDirs)
        implements AutoCloseable {
    public Job {
        files = List.copyOf(files);
        tempDirs = List.copyOf(tempDirs);
    }

    /** An empty job, as the window shows before anything is opened. */
    public static Job empty() {
        return new Job("no job", List.of(), List.of());
    }

    public List<Diagnostic> diagnostics() {
        return files.stream().flatMap(f -> f.diagnostics().stream()).toList();
    }

    /** Deletes the temporary folders of expanded archives; best effort. */
    @Override
    public void close() {
        for (Path dir : tempDirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort: the OS cleans its temp folder eventually
            }
        }
    }
}
