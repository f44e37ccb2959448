package org.ruralaccess.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real standalone Spark cluster on 127.0.0.1: a master and two workers (one core, one executor
 * each, separate JVMs started from Spark's own Master and Worker classes), stopped at the end. The
 * executors read the network file and route their partitions; the driver (this JVM) writes the
 * files, which must equal the single-machine run's byte for byte.
 */
class SparkStandaloneClusterTest {

  private static final List<Process> PROCESSES = new ArrayList<>();
  private static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    Path home = Files.createTempDirectory("spark-home");
    // Spark's launcher wants a Spark home with jars/; the classes come from the class path below
    Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
    String classPath =
        Path.of("target/classes").toAbsolutePath()
            + java.io.File.pathSeparator
            + Files.readString(Path.of("target/runtime.classpath")).trim();
    int port = freePort();
    int uiPort = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    start(
        home,
        classPath,
        "org.apache.spark.deploy.master.Master",
        "master",
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(port),
        "--webui-port",
        String.valueOf(uiPort));
    for (int w = 1; w <= 2; w++) {
      start(
          home,
          classPath,
          "org.apache.spark.deploy.worker.Worker",
          "worker" + w,
          "--host",
          "127.0.0.1",
          "--cores",
          "1",
          "--memory",
          "1500m",
          "--webui-port",
          String.valueOf(freePort()),
          "--work-dir",
          home.resolve("work" + w).toString(),
          masterUrl);
    }
    awaitAliveWorkers(uiPort, 2);
    System.setProperty("spark.executor.extraClassPath", classPath);
    System.setProperty("spark.executor.memory", "1200m");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    // schedule only once both executors are up, so both get ranges (docs/spark.md)
    System.setProperty("spark.scheduler.minRegisteredResourcesRatio", "1.0");
    System.setProperty("spark.scheduler.maxRegisteredResourcesWaitingTime", "180s");
  }

  @AfterAll
  static void stopCluster() {
    for (String key :
        List.of(
            "spark.executor.extraClassPath",
            "spark.executor.memory",
            "spark.driver.host",
            "spark.driver.bindAddress",
            "spark.scheduler.minRegisteredResourcesRatio",
            "spark.scheduler.maxRegisteredResourcesWaitingTime")) {
      System.clearProperty(key);
    }
    for (Process process : PROCESSES.reversed()) {
      process.destroy();
    }
    for (Process process : PROCESSES) {
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void matrixAndAccessibilityOnTwoWorkersEqualTheSingleMachineRuns() throws IOException {
    PoaRuns poa = PoaRuns.get();
    Path matrix = poa.folder.resolve("cluster-matrix/matrix.csv");
    List<String> args = new ArrayList<>(poa.matrixArgs(matrix));
    args.addAll(1, List.of("--spark", masterUrl));
    PoaRuns.Run run = PoaRuns.rae(args);
    assertEquals(0, run.exitCode(), run.stderr());
    PoaRuns.assertSameFiles(poa.localMatrix.getParent(), matrix.getParent());
    assertBothExecutorsRouted(run, 1);

    Path accessibility = poa.folder.resolve("cluster-accessibility");
    args = new ArrayList<>(poa.accessibilityArgs(accessibility));
    args.addAll(1, List.of("--spark", masterUrl));
    run = PoaRuns.rae(args);
    assertEquals(0, run.exitCode(), run.stderr());
    PoaRuns.assertSameFiles(poa.localAccessibility, accessibility);
    assertBothExecutorsRouted(run, 2); // one matrix per mode
  }

  /**
   * Both executors routed ranges: every matrix's 8 ranges (4 x the cluster's 2 cores) were split
   * between executor 0 and executor 1.
   */
  private static void assertBothExecutorsRouted(PoaRuns.Run run, int matrices) {
    List<String> lines = run.stderr().lines().filter(l -> l.contains("ranges routed")).toList();
    assertEquals(matrices, lines.size(), run.stderr());
    for (String line : lines) {
      assertTrue(
          line.matches(
              "spark: 8 ranges routed \\(executor 0: \\d ranges?, executor 1: \\d ranges?\\)"),
          line);
    }
  }

  private static void start(
      Path home, String classPath, String mainClass, String name, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("rae.spark.jvm.options").trim().split("\\s+")));
    command.addAll(List.of("-Xmx512m", "-cp", classPath, mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.redirectErrorStream(true);
    builder.redirectOutput(home.resolve(name + ".log").toFile());
    PROCESSES.add(builder.start());
  }

  private static void awaitAliveWorkers(int uiPort, int workers) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + 120_000_000_000L;
    String body = "";
    while (System.nanoTime() < deadline) {
      try {
        body =
            client
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (body.split("\"state\" ?: ?\"ALIVE\"", -1).length - 1 >= workers) {
          return;
        }
      } catch (IOException notYet) {
        // the master's UI is not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the workers did not register in 120 s: " + body);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
