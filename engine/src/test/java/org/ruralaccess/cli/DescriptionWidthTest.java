package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's description is shown as written: each line fits the help width the CLI sets, so
 * picocli never re-wraps one mid-sentence, and `--help` prints every command's lines in full.
 */
class DescriptionWidthTest {

  @Test
  void everyDescriptionLineFitsTheHelpWidth() {
    CommandLine root = RaeCommand.commandLine();
    List<String> tooWide = new ArrayList<>();
    int commands = 0;
    for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
      commands++;
      for (String line : command.getValue().getCommandSpec().usageMessage().description()) {
        if (line.length() > RaeCommand.HELP_WIDTH) {
          tooWide.add(command.getKey() + ": " + line.length() + " characters: " + line);
        }
      }
    }
    assertTrue(commands >= 9, "the subcommands were not found: " + commands);
    assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
    // and the help shows a description line unbroken
    String help = root.getSubcommands().get("compare").getUsageMessage();
    assertTrue(
        help.contains(
            "Compares a scenario (new route, cut, headway or days change...) with the baseline"
                + " network.\n"),
        help);
  }
}
