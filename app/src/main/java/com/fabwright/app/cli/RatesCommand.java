package com.fabwright.app.cli;

import com.fabwright.quote.rates.RateProfile;
import com.fabwright.quote.rates.UserRates;
import com.fabwright.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright rates list | copy NAME}: the rate profiles (extension of CLI.md). {@code copy} puts a
 * shipped profile in {@code FABWRIGHT_HOME/rates/NAME.json} to edit; {@code quote --rates NAME} then uses it.
 */
@Command(name = "rates", mixinStandardHelpOptions = true, description = "Rate profiles: list them, copy one to edit.",
        subcommands = {RatesCommand.ListRates.class, RatesCommand.Copy.class})
public final class RatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static Path userFolder() {
        return Database.home().resolve("rates");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Shipped and user profiles with version and source.")
    static final class ListRates implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            for (String name : RateProfile.SHIPPED) {
                RateProfile p = RateProfile.load(name, userFolder());
                boolean user = Files.isRegularFile(userFolder().resolve(name + ".json"));
                out.printf(Locale.ROOT, "%-22s %-8s %-4s %3d rates  %s%n", p.name(), p.version(), p.currency(), p.rates().size(),
                        user ? "(user copy " + userFolder().resolve(name + ".json") + ")" : "(shipped)");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, description = "Copy a shipped profile to FABWRIGHT_HOME/rates/NAME.json to edit.")
    static final class Copy implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            Path target;
            try {
                target = new UserRates(userFolder()).copy(name);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            spec.commandLine().getOut().println("copied " + RateProfile.shipped(name).id() + " to " + target
                    + " (raise \"version\" when you edit it)");
            return ExitCodes.OK;
        }
    }
}
