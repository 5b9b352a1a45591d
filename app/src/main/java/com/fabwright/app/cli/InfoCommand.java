package com.fabwright.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fabwright.app.job.Job;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fabwright info JOB [--json]}: every file of the job, identified and measured. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Identify and measure every file of a job: kind, layer, objects, dark area, bounds, diagnostics.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Mixin
    AssemblyOptions assembly;

    @Option(names = "--customer", paramLabel = "NAME",
            description = "Customer the files come from: BOM column corrections (--map) are remembered for them.")
    String customer;

    @Option(names = "--json", description = "Write one JSON document to stdout instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (Job loaded = job.load(spec.commandLine().getErr())) {
            var parts = assembly.read(loaded, spec.commandLine().getErr());
            var findings = loaded.source() == null || parts.isEmpty() ? java.util.List.<com.fabwright.dfm.Violation>of()
                    : com.fabwright.dfa.AssemblyCrossCheck.run(com.fabwright.dfa.CrossCheckInput.of(
                            loaded.files().stream().map(f -> f.source()).toList(), loaded.board(), parts));
            InfoReport report = InfoReport.of(loaded, parts, findings, assembly.mappingOrigins());
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(report));
            } else {
                InfoTable.print(report, out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
