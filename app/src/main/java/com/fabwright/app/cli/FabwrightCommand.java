package com.fabwright.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level {@code fabwright} command; without a sub-command it opens the desktop window. */
@Command(name = "fabwright", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fabwright: understand a PCB data package, offline.%n"
                + "Without a command, opens the desktop window.",
        subcommands = {InfoCommand.class, RenderCommand.class, GuiCommand.class, BenchCommand.class,
                QuoteCommand.class, QuotesCommand.class, PartsCommand.class, RatesCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 DFM violations, 2 bad usage, 3 input unreadable, 4 no display."})
public final class FabwrightCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        return GuiCommand.open(List.of());
    }
}
