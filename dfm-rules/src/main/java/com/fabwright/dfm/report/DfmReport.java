package com.fabwright.dfm.report;

import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.metrics.BoardMetrics;
import com.fabwright.dfm.profile.DfmProfile;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a DFM report shows: the run's result, the profile it ran, the board metrics, and the
 * input files with their SHA-256 so a report can be traced to the exact data it checked.
 *
 * @param title   what was checked (the job as given on the command line)
 * @param profile the profile
 * @param result  the findings
 * @param metrics the board's figures
 * @param inputs  job path and SHA-256 of every file read
 */
public record DfmReport(String title, DfmProfile profile, DfmResult result, BoardMetrics metrics, List<InputFile> inputs) {

    public DfmReport {
        inputs = List.copyOf(inputs);
    }

    /** A file of the job and the SHA-256 of its bytes. */
    public record InputFile(String path, String sha256) {
    }

    /** The hashes of the job's Gerber, drill and netlist files ({@code "unreadable"} when the bytes are gone). */
    public static List<InputFile> hashes(Job job) {
        List<InputFile> out = new ArrayList<>();
        for (JobFile f : job.files()) {
            if (f.file() == null) {
                continue;
            }
            out.add(new InputFile(f.path(), sha256(f)));
        }
        return out;
    }

    private static String sha256(JobFile f) {
        try (InputStream in = Files.newInputStream(f.file())) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
