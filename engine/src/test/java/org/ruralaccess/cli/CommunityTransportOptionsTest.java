package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad community transport flags are one line naming the flag and the accepted values, exit code 2,
 * before any file is read (the network given here does not exist).
 */
class CommunityTransportOptionsTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  @Test
  void badRiderOnMatrix() {
    int exit =
        run(
            "matrix",
            "--network",
            "missing.rae",
            "--origins",
            "o.csv",
            "--destinations",
            "d.csv",
            "--date",
            "2024-01-09",
            "--from",
            "09:00",
            "--to",
            "10:00",
            "--rider",
            "pensioner",
            "--out",
            dir.resolve("m.csv").toString());
    assertEquals(2, exit);
    assertEquals(
        "rae: --rider: 'pensioner' is not a rider group; use general, older, disabled or member\n",
        err.toString());
  }

  @Test
  void badBookingOnAccessibility() {
    assertEquals(2, accessibility("--booking", "tomorrow"));
    assertEquals(
        "rae: --booking: 'tomorrow' is not a booking assumption; use spontaneous,"
            + " same-day:MINUTES (e.g. same-day:60), day-before or days-ahead:N\n",
        err.toString());
  }

  @Test
  void negativeNoticeIsABadBooking() {
    assertEquals(2, accessibility("--booking", "same-day:-30"));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertEquals(true, err.toString().startsWith("rae: --booking: 'same-day:-30'"), err.toString());
  }

  @Test
  void badRidersOnAccessibility() {
    assertEquals(2, accessibility("--riders", "general,everyone"));
    assertEquals(
        "rae: --riders: 'everyone' is not a rider group; use general, older, disabled or member,"
            + " or none\n",
        err.toString());
  }

  @Test
  void badRiderOnCompare() throws Exception {
    Path scenario = dir.resolve("scenario.yaml");
    Files.writeString(
        scenario,
        """
        name: Cut
        modifications:
          - type: remove-routes
            routes: [t:R1]
        """);
    int exit =
        run(
            "compare",
            "--network",
            "missing.rae",
            "--scenario",
            scenario.toString(),
            "--date",
            "2024-01-09",
            "--from",
            "09:00",
            "--to",
            "10:00",
            "--rider",
            "Older people",
            "--out",
            dir.resolve("c").toString());
    assertEquals(2, exit, err.toString());
    assertEquals(
        "rae: --rider: 'Older people' is not a rider group; use general, older, disabled or"
            + " member\n",
        err.toString());
  }

  private int accessibility(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "accessibility",
                "--network",
                "missing.rae",
                "--date",
                "2024-01-09",
                "--from",
                "09:00",
                "--to",
                "10:00",
                "--out",
                dir.resolve("a").toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(new String[0]));
  }

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new RaeCommand());
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(RaeCommand::handleFailure);
    return commandLine.execute(args);
  }
}
