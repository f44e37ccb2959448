package org.ruralaccess.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip ({@code ./mvnw package} makes {@code engine/target/rae-<version>.zip}) as an
 * analyst uses it: unzipped into an empty folder with {@code unzip}, away from the source tree, and
 * run through its own launcher with nothing but a Java 25 JDK: no Maven, no Maven repository, no
 * network, a fresh HOME.
 */
class DistributionIT {

  @TempDir static Path home;
  private static Path unpacked;

  @BeforeAll
  static void unzip() throws Exception {
    Path zip = Path.of(System.getProperty("rae.distribution"));
    assertTrue(Files.isRegularFile(zip), "no distribution at " + zip + "; run ./mvnw package");
    Path target = Files.createDirectories(home.resolve("apps"));
    Run unzip = run(target, List.of("unzip", "-q", zip.toString()), Map.of());
    assertEquals(0, unzip.exitCode(), unzip.stderr());
    try (Stream<Path> top = Files.list(target)) {
      List<Path> folders = top.toList();
      assertEquals(1, folders.size(), "one top folder: " + folders);
      unpacked = folders.getFirst();
    }
    assertTrue(unpacked.getFileName().toString().startsWith("rae-"), unpacked.toString());
  }

  @Test
  void holdsTheJarLaunchersDocsAndRegionsButNoBuild() {
    for (String file :
        List.of(
            "lib/rae.jar",
            "rae",
            "rae.cmd",
            "scripts/find-java25.sh",
            "scripts/find-java25.cmd",
            "README.md",
            "docs/outputs.md",
            "docs/qgis.md",
            "docs/qgis/poa-healthcare-transit.png",
            "regions/poa/region.yaml",
            "regions/cobb/region.yaml",
            "regions/newport/region.yaml",
            "regions/dorset/region.yaml",
            "regions/dorset/zones/README.md")) {
      assertTrue(Files.isRegularFile(unpacked.resolve(file)), file);
    }
    for (String absent : List.of("engine", "pom.xml", "mvnw", "mvnw.cmd", "test", "benchmarks")) {
      assertFalse(Files.exists(unpacked.resolve(absent)), absent + " is not for analysts");
    }
    assertTrue(Files.isExecutable(unpacked.resolve("rae")), "unzip keeps rae executable");
    assertTrue(Files.isExecutable(unpacked.resolve("scripts/find-java25.sh")));
  }

  @Test
  void windowsFilesHaveCrlfAndBashFilesLf() throws IOException {
    for (String cmd : List.of("rae.cmd", "scripts/find-java25.cmd")) {
      String text = Files.readString(unpacked.resolve(cmd), StandardCharsets.US_ASCII);
      assertEquals(
          text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, cmd + ": CRLF");
    }
    for (String sh : List.of("rae", "scripts/find-java25.sh")) {
      assertFalse(Files.readString(unpacked.resolve(sh)).contains("\r"), sh + ": LF only");
    }
  }

  @Test
  void everyFileABundledRegionNamesIsInside() throws IOException {
    // feeds, OSM extracts and flex feeds are named as ../../gtfs-feeds/... or
    // ../../osm-extracts/...
    Pattern named = Pattern.compile("\\.\\./\\.\\./((?:gtfs-feeds|osm-extracts)/[^\\s,\\]#]+)");
    List<String> checked = new ArrayList<>();
    try (Stream<Path> regions = Files.list(unpacked.resolve("regions"))) {
      for (Path region : regions.sorted().toList()) {
        String yaml = Files.readString(region.resolve("region.yaml"));
        if (yaml.contains("\nfetch:")) {
          continue; // Dorset: rae fetch downloads its timetables and map into those folders
        }
        Matcher matcher = named.matcher(yaml);
        while (matcher.find()) {
          assertTrue(
              Files.exists(unpacked.resolve(matcher.group(1))),
              region.getFileName() + " names " + matcher.group(1));
          checked.add(matcher.group(1));
        }
      }
    }
    // cobb: feed, flex feed, OSM; newport: feed, OSM; poa: two feeds, OSM
    assertEquals(8, checked.size(), checked.toString());
  }

  @Test
  void runsHelpAndABuildWithoutMavenOrSources() throws Exception {
    Map<String, String> env =
        Map.of(
            "JAVA_HOME",
            System.getProperty("java.home"),
            "PATH",
            "/usr/bin:/bin",
            "HOME",
            home.toString(),
            "RAE_JAVA_OPTS",
            "-Xmx1g");
    Run help = run(unpacked, List.of("./rae", "--help"), env);
    assertEquals(0, help.exitCode(), help.stderr());
    assertTrue(help.stdout().contains("Usage: rae"), help.stdout());
    assertTrue(help.stdout().contains("accessibility"), help.stdout());
    assertFalse(help.stderr().contains("building"), help.stderr());

    Run build = run(unpacked, List.of("./rae", "build", "--region", "regions/cobb"), env);
    assertEquals(0, build.exitCode(), build.stderr());
    assertTrue(Files.isRegularFile(unpacked.resolve("regions/cobb/network.rae")));
    assertFalse(build.stderr().contains("building the engine"), build.stderr());
    // reading OSM calls sun.misc.Unsafe (protobuf); the launcher keeps the JVM's warning away
    assertFalse(build.stderr().contains("WARNING:"), build.stderr());
    assertFalse(build.stderr().contains("\r"), build.stderr());
    // nothing reached for Maven: no local repository was made in the fresh HOME
    assertFalse(Files.exists(home.resolve(".m2")), "no Maven repository needed");
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("dist-out", ".txt");
    Path err = Files.createTempFile("dist-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      if (!env.isEmpty()) {
        builder.environment().clear();
        builder.environment().putAll(env);
      }
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("did not finish in 10 minutes: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
