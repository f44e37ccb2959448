package org.ruralaccess.ingest.fetch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What to download by hand when {@code rae fetch} cannot (offline, or the user asked): each URL
 * with the path it belongs at, then the commands that finish the job.
 */
public final class FetchInstructions {

  private FetchInstructions() {}

  /**
   * @param regionArgument the region folder as the user typed it, repeated in the next commands
   */
  public static String text(FetchPlan plan, String regionArgument) {
    StringBuilder text = new StringBuilder();
    text.append("To get the network inputs of '")
        .append(plan.regionName())
        .append("', download on a machine with internet access:\n");
    List<FetchPlan.Download> downloads = plan.downloads();
    for (int i = 0; i < downloads.size(); i++) {
      FetchPlan.Download download = downloads.get(i);
      text.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, download.kind().description()))
          .append("     from: ")
          .append(download.url())
          .append('\n')
          .append("     save as: ")
          .append(download.target())
          .append(present(download.target()))
          .append('\n');
    }
    String region = quote(regionArgument);
    if (!plan.gtfs().isEmpty()) {
      text.append(
          String.format(
              Locale.ROOT,
              "then clip the GTFS to the study area plus %.0f km (keeps trips that stop"
                  + " there):%n  rae fetch --region %s --clip-only%n",
              plan.bufferMeters() / 1000,
              region));
    }
    text.append("then run: rae build --region ").append(region).append('\n');
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  private static String present(Path target) {
    try {
      return Files.isRegularFile(target)
          ? " (a file is there already, " + Files.size(target) + " bytes)"
          : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static String quote(String argument) {
    return argument.matches("[A-Za-z0-9_./:\\\\-]+") ? argument : "'" + argument + "'";
  }
}
