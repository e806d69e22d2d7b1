package org.ceasefire.analytics.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ceasefire analyze <method>}: the analysts' scripting interface to the algorithms in this
 * module. Each method is a sub-command registered in {@link #commandLine(PrintWriter,
 * PrintWriter)}; exit code 0 on success, 2 on bad input.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    version = "ceasefire analyze 0.1",
    description = "Runs an analysis method on CSV input and writes JSON.",
    subcommands = {CommandLine.HelpCommand.class})
public final class AnalyzeCommand implements Runnable {

  /** Exit code for input the method refuses (bad file, line, column or option). */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every method registered and errors mapped to exit code 2. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new AnalyzeCommand());
    // Methods register here, one line each.
    cli.addSubcommand(new GridCommand());
    cli.addSubcommand(new KdeCommand());
    cli.addSubcommand(new GistarCommand());
    cli.addSubcommand(new MoranCommand());
    cli.addSubcommand(new NearrepeatCommand());
    cli.addSubcommand(new KnoxCommand());
    cli.addSubcommand(new NetworkCommand());
    cli.addSubcommand(new ProjectCommand());
    cli.addSubcommand(new ExposureCommand());
    cli.addSubcommand(new GlmCommand());
    cli.addSubcommand(new SurvivalCommand());
    cli.addSubcommand(new ItsCommand());
    cli.addSubcommand(new DidCommand());
    cli.addSubcommand(new SynthCommand());
    cli.addSubcommand(new MatchCommand());
    cli.setOut(out);
    cli.setErr(err);
    // picocli already answers a bad option with exit code 2 (ExitCode.USAGE).
    cli.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof InputException bad) {
            line.getErr().println("error: " + bad.getMessage());
            return BAD_INPUT;
          }
          throw ex;
        });
    return cli;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(commandLine(out, err).execute(args));
  }
}
