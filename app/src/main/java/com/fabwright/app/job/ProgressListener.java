package com.fabwright.app.job;

/** Told each time a file of a job has been read; may be called from any thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> { };

    /**
     * @param done  files finished so far
     * @param total files in the job
     * @param file  display path of the file just finished
     */
    void fileDone(int done, int total, String file);
}
