package com.fabwright.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands JOB arguments (single files, folders searched recursively, zip archives, which may also
 * sit inside a folder) into the list of files to read. Zip archives are expanded with
 * {@link SafeZipExtractor} into temporary folders that the caller owns and deletes; archives inside
 * archives are not expanded again. Hidden files and macOS resource forks ({@code __MACOSX}) are skipped.
 */
public final class JobInputs {
    private final ArchiveLimits archiveLimits;
    private final List<Path> tempDirs = new ArrayList<>();
    private final List<JobEntry> entries = new ArrayList<>();

    public JobInputs(ArchiveLimits archiveLimits) {
        this.archiveLimits = archiveLimits;
    }

    /** Files found so far, in argument order, each folder's files sorted by path. */
    public List<JobEntry> entries() {
        return List.copyOf(entries);
    }

    /** Temporary folders made for archives, to delete when the job is closed. */
    public List<Path> tempDirs() {
        return List.copyOf(tempDirs);
    }

    public void add(Path arg) throws JobInputException {
        if (!Files.exists(arg)) {
            throw new JobInputException(arg, "no such file or folder");
        }
        if (!Files.isReadable(arg)) {
            throw new JobInputException(arg, "not readable (permission denied)");
        }
        if (Files.isDirectory(arg)) {
            int before = entries.size();
            addFolder(arg, "", true);
            if (entries.size() == before) {
                throw new JobInputException(arg, "folder holds no files");
            }
        } else if (isTar(arg)) {
            throw new JobInputException(arg, "tar archives (.tgz, .tar.gz, .tar) are not supported yet; "
                    + "extract it and give the folder");
        } else if (isZip(arg)) {
            addZip(arg, arg.getFileName().toString() + "!/");
        } else {
            entries.add(new JobEntry(arg, arg.toString()));
        }
    }

    private void addFolder(Path root, String prefix, boolean expandZips) throws JobInputException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new JobInputException(root, "cannot list folder: " + e.getMessage(), e);
        }
        for (Path f : files) {
            String display = prefix + root.relativize(f).toString().replace('\\', '/');
            if (expandZips && isZip(f)) {
                addZip(f, display + "!/");
            } else {
                entries.add(new JobEntry(f, display));
            }
        }
    }

    private void addZip(Path zip, String prefix) throws JobInputException {
        Path dir;
        try {
            dir = Files.createTempDirectory("fabwright-job-");
        } catch (IOException e) {
            throw new JobInputException(zip, "cannot create a temporary folder to expand it: " + e.getMessage(), e);
        }
        tempDirs.add(dir);
        new SafeZipExtractor(archiveLimits).extract(zip, dir);
        int before = entries.size();
        addFolder(dir, prefix, false);
        if (entries.size() == before) {
            throw new JobInputException(zip, "archive holds no files");
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTar(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tgz") || n.endsWith(".tar.gz") || n.endsWith(".tar");
    }

    /** By the zip local-file signature, whatever the name: customers rename archives. */
    static boolean isZip(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
