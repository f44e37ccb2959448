package org.ruralaccess.cli;

import java.io.PrintWriter;
import org.ruralaccess.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rae} command line: a thin shell over the engine; each subcommand is one class. */
@Command(
    name = "rae",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Rural Access Engine: who can reach what, by bus, community transport, walking,"
            + " cycling and car.",
    subcommands = {
      BuildCommand.class,
      FetchCommand.class,
      InfoCommand.class,
      MatrixCommand.class,
      AccessibilityCommand.class,
      CompareCommand.class,
      ServeCommand.class,
      IsochroneCommand.class,
      ExportGtfsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RaeCommand implements Runnable {

  // the widest line of a command's description (DescriptionWidthTest keeps them within it)
  static final int HELP_WIDTH = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns the exit code (0 ok, 1 failure, 2 bad input or usage). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The CLI as {@link #execute} runs it. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new RaeCommand());
    commandLine.setExecutionExceptionHandler(RaeCommand::handleFailure);
    // the commands' descriptions are written in lines of up to 100 characters: shown as written,
    // not re-wrapped mid-sentence at picocli's default 80
    commandLine.setUsageHelpWidth(HELP_WIDTH);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static int handleFailure(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof BadInputException bad) {
      err.println("rae: " + bad.getMessage());
      err.flush();
      return 2;
    }
    err.println("rae: internal error: " + exception);
    if (System.getenv("RAE_DEBUG") != null) {
      exception.printStackTrace(err);
    } else {
      err.println("(set RAE_DEBUG=1 for the stack trace, and please report it)");
    }
    err.flush();
    return 1;
  }
}
