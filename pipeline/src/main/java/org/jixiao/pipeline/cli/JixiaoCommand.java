package org.jixiao.pipeline.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code jixiao} command; the subcommands are listed here. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = "Reads Chinese government performance self-evaluation and budget reports, "
                + "extracts their tables and figures, checks them and indexes them.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ExtractCommand.class,
                FactsCommand.class,
                RunCommand.class,
                CheckCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                CompareCommand.class,
                FindingsCommand.class,
                BenchIndexCommand.class,
                TablesCommand.class,
                BenchTablesCommand.class,
                ServeCommand.class,
                BenchServeCommand.class,
                EvalCommand.class,
                CrawlCommand.class,
                UpdateCommand.class,
                DocumentsCommand.class,
                BenchCrawlCommand.class,
        })
public final class JixiaoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say which one (see --help).");
    }

    /** A command line with the error handling every command shares: messages, not stack traces. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new JixiaoCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("jixiao " + line.getCommandName() + ": " + describe(ex));
            return ex instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
