package com.fabwright.app.cli;

import com.fabwright.app.job.JobInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Builds and runs the picocli command line with Fabwright's exit codes: usage errors give
 * {@value ExitCodes#USAGE}, unusable input {@value ExitCodes#INPUT} with a message naming the file.
 */
public final class Cli {
    private Cli() {
    }

    /** Runs with the process's stdout and stderr. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs with the given writers (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FabwrightCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof JobInputException jie) {
                err.println("fabwright: " + jie.getMessage());
                return ExitCodes.INPUT;
            }
            if (ex instanceof UsageException ue) {
                err.println("fabwright " + commandLine.getCommandName() + ": " + ue.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("fabwright: internal error: " + ex);
            ex.printStackTrace(err);
            return 70; // EX_SOFTWARE
        });
        return cl;
    }
}
