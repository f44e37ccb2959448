package org.ruralaccess.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ruralaccess.cli.RaeCommand;

/**
 * Porto Alegre for the Spark tests, made once per test JVM with the real CLI: the network, an
 * origins file (every 4th of r5r's 1,227 hexagons: 307) and the single-machine runs that the
 * distributed runs must equal byte for byte.
 */
final class PoaRuns {

  static final List<String> WINDOW =
      List.of("--date", "2019-05-13", "--from", "14:00", "--to", "14:20", "--step-minutes", "5");

  private static PoaRuns made;

  final Path folder;
  final Path network;
  final Path origins;
  final Path hexagons;

  /** rae matrix from {@link #origins} to every hexagon, transit, percentiles 5,50,95. */
  final Path localMatrix;

  /** rae accessibility, transit and walking, every zone. */
  final Path localAccessibility;

  private PoaRuns(Path folder) throws IOException {
    this.folder = folder;
    Path root = Path.of(System.getProperty("rae.repo.root", ".."));
    this.hexagons = root.resolve("regions/poa/poa_hexgrid.csv");
    this.network = folder.resolve("poa.rae");
    this.origins = folder.resolve("origins.csv");
    List<String> lines = Files.readAllLines(hexagons);
    List<String> every4th = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size(); i += 4) {
      every4th.add(lines.get(i));
    }
    Files.write(origins, every4th);
    assertEquals(
        0,
        rae(List.of(
                "build",
                "--region",
                root.resolve("regions/poa").toString(),
                "--out",
                network.toString()))
            .exitCode());
    this.localMatrix = folder.resolve("local-matrix/matrix.csv");
    assertEquals(0, rae(matrixArgs(localMatrix)).exitCode());
    this.localAccessibility = folder.resolve("local-accessibility");
    assertEquals(0, rae(accessibilityArgs(localAccessibility)).exitCode());
  }

  static synchronized PoaRuns get() throws IOException {
    if (made == null) {
      made = new PoaRuns(Files.createTempDirectory("rae-spark-test"));
    }
    return made;
  }

  List<String> matrixArgs(Path out) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "matrix",
                "--network",
                network.toString(),
                "--origins",
                origins.toString(),
                "--destinations",
                hexagons.toString(),
                "--mode",
                "transit",
                "--percentiles",
                "5,50,95"));
    args.addAll(WINDOW);
    args.addAll(List.of("--out", out.toString()));
    return args;
  }

  List<String> accessibilityArgs(Path out) {
    List<String> args =
        new ArrayList<>(
            List.of("accessibility", "--network", network.toString(), "--modes", "transit,walk"));
    args.addAll(WINDOW);
    args.addAll(List.of("--out", out.toString()));
    return args;
  }

  /** What a run of the CLI said and returned. */
  record Run(int exitCode, String stderr) {
    List<String> raeLines() {
      return stderr.lines().filter(line -> line.startsWith("rae:")).toList();
    }
  }

  /** Runs the CLI in this JVM (the Spark driver), capturing stderr. */
  static synchronized Run rae(List<String> args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(new TeeStream(err, captured), true, StandardCharsets.UTF_8);
    System.setErr(both);
    try {
      int code = RaeCommand.execute(args.toArray(String[]::new));
      both.flush();
      return new Run(code, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  /** Every file of {@code expected} (a folder or one file with its siblings) equals its twin. */
  static void assertSameFiles(Path expectedFolder, Path actualFolder) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(expectedFolder)) {
      files = listed.sorted().toList();
    }
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    try (Stream<Path> listed = Files.list(actualFolder)) {
      assertEquals(names, listed.map(f -> f.getFileName().toString()).sorted().toList());
    }
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(file),
          Files.readAllBytes(actualFolder.resolve(file.getFileName())),
          file.getFileName() + " differs");
    }
  }

  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }
}
