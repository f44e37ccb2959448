package org.ruralaccess.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged CLI ({@code java -jar rae.jar ...}) as a user would, for *IT tests. */
public final class RaeProcess {

  /** What a run printed and returned. */
  public record Run(int exitCode, String stdout, String stderr) {
    public boolean hasStackTrace() {
      return stderr.contains("\tat ") || stderr.contains("Exception in thread");
    }
  }

  private RaeProcess() {}

  public static Run run(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("rae.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("rae.jar not built; run integration tests with ./test");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    // as the launchers run it (rae, rae.cmd): protobuf's sun.misc.Unsafe use stays silent
    command.add("--sun-misc-unsafe-memory-access=allow");
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Path out = Files.createTempFile("rae-out", ".txt");
    Path err = Files.createTempFile("rae-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(RepoFiles.root().toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("rae did not finish in 10 minutes: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
