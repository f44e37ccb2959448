package org.ruralaccess.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * rae matrix and rae accessibility with {@code --spark local[2]} (a driver and an executor with two
 * task slots in this JVM): the same files, byte for byte, as the single-machine run; a task that
 * fails once is retried; bad input on the Spark path is one line and exit 2.
 */
class SparkLocalModeTest {

  private static List<String> withSpark(List<String> args, String... spark) {
    List<String> all = new ArrayList<>(args);
    all.addAll(1, List.of(spark));
    return all;
  }

  @Test
  void matrixOnSparkEqualsTheSingleMachineMatrix() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path out = poa.folder.resolve("spark-matrix/matrix.csv");
    PoaRuns.Run run = PoaRuns.rae(withSpark(poa.matrixArgs(out), "--spark", "local[2]"));
    assertEquals(0, run.exitCode(), run.stderr());
    // matrix.csv, matrix.dictionary.csv, matrix.run.json: run.json records the request, not
    // where it ran, so it is the same too
    PoaRuns.assertSameFiles(poa.localMatrix.getParent(), out.getParent());
    // 307 origins x 1,227 destinations, one row each, plus the header
    assertEquals(307 * 1227 + 1, Files.readAllLines(out).size());
  }

  @Test
  void accessibilityOnSparkEqualsTheSingleMachineRun() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path out = poa.folder.resolve("spark-accessibility");
    PoaRuns.Run run = PoaRuns.rae(withSpark(poa.accessibilityArgs(out), "--spark", "local[2]"));
    assertEquals(0, run.exitCode(), run.stderr());
    PoaRuns.assertSameFiles(poa.localAccessibility, out);
  }

  @Test
  void aTaskThatFailsOnceIsRetriedAndTheOutputIsComplete() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path markers = Files.createTempDirectory(poa.folder, "fail-once");
    Path out = poa.folder.resolve("retried-matrix/matrix.csv");
    System.setProperty(FailOnce.KEY, "3:" + markers);
    PoaRuns.Run run;
    try {
      // local[2,2]: two slots, a task may fail twice (local mode's default is once)
      run = PoaRuns.rae(withSpark(poa.matrixArgs(out), "--spark", "local[2,2]"));
    } finally {
      System.clearProperty(FailOnce.KEY);
    }
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(Files.exists(markers.resolve("failed-3")), "partition 3 failed its first attempt");
    PoaRuns.assertSameFiles(poa.localMatrix.getParent(), out.getParent());
  }

  @Test
  void aNetworkFileMissingOnTheExecutorsIsOneLineAndExit2() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path outFolder = poa.folder.resolve("missing-network");
    Path missing = poa.folder.resolve("not-there/poa.rae");
    PoaRuns.Run run =
        PoaRuns.rae(
            withSpark(
                poa.matrixArgs(outFolder.resolve("matrix.csv")),
                "--spark",
                "local[2]",
                "--spark-network",
                missing.toString()));
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(
        List.of(
            "rae: --spark: network file "
                + missing
                + " not found on executor "
                + java.net.InetAddress.getLocalHost().getHostName()
                + "; every executor reads it from that path (a shared folder), or give"
                + " --spark-network with its path there (docs/spark.md)"),
        run.raeLines());
    assertFalse(run.stderr().contains("\tat "), "no stack trace");
    assertNothingWritten(outFolder);
  }

  @Test
  void anUnreachableMasterIsOneLineAndExit2() throws IOException {
    PoaRuns poa = PoaRuns.get();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free now, closed below: nobody listens there
    }
    Path outFolder = poa.folder.resolve("no-master");
    String master = "spark://127.0.0.1:" + port;
    PoaRuns.Run run = PoaRuns.rae(withSpark(poa.accessibilityArgs(outFolder), "--spark", master));
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(1, run.raeLines().size(), run.stderr());
    assertTrue(
        run.raeLines()
            .get(0)
            .startsWith("rae: --spark " + master + ": cannot reach the Spark master"),
        run.stderr());
    assertNothingWritten(outFolder);
  }

  @Test
  void sparkNetworkWithoutSparkIsRefused() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path outFolder = poa.folder.resolve("no-spark");
    PoaRuns.Run run =
        PoaRuns.rae(withSpark(poa.accessibilityArgs(outFolder), "--spark-network", "/x/poa.rae"));
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rae: --spark-network needs --spark"), run.raeLines());
    assertNothingWritten(outFolder);
  }

  private static void assertNothingWritten(Path outFolder) throws IOException {
    if (!Files.exists(outFolder)) {
      return;
    }
    try (Stream<Path> files = Files.list(outFolder)) {
      assertEquals(List.of(), files.toList(), "nothing half-written in " + outFolder);
    }
  }
}
