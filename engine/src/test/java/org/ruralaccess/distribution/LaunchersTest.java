package org.ruralaccess.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RepoFiles;

/**
 * The Windows launchers (rae.cmd, test.cmd, scripts/find-java25.cmd) cannot run on the Linux
 * machines that build rae, so this checks that they say what the bash ones say: the same rebuild
 * command and stale rule, the same JVM options, the same distribution jar, a JDK search with the
 * same order and the usual Windows JDK folders, CRLF line ends; and runs the stale rule rae.cmd
 * uses (scripts/StaleJar.java, a single-file Java program) for real.
 */
class LaunchersTest {

  @TempDir Path dir;

  private static String read(String file) throws IOException {
    return Files.readString(RepoFiles.resolve(file), StandardCharsets.US_ASCII);
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), regex + " in\n" + text);
    return matcher.group(1);
  }

  @Test
  void bothLaunchersRebuildTheSameWayFromTheSameSources() throws IOException {
    String bash = read("rae");
    String cmd = read("rae.cmd");
    String mavenArguments = group(bash, "\\./mvnw ([^>]+?) >");
    assertEquals(
        "-q -B -pl engine -am -DskipTests -Dspotless.check.skip=true"
            + " -Dassembly.skipAssembly=true package",
        mavenArguments);
    assertEquals(mavenArguments, group(cmd, "call mvnw\\.cmd ([^>]+?) >"));
    // the sources whose change makes the jar stale, in the same order
    List<String> bashSources = new ArrayList<>();
    Matcher sh = Pattern.compile("\"\\$ROOT/([^\"]+)\"").matcher(group(bash, "find (.+?) -newer"));
    while (sh.find()) {
      bashSources.add(sh.group(1));
    }
    List<String> cmdSources = new ArrayList<>();
    Matcher bat =
        Pattern.compile("\"%ROOT%\\\\([^\"]+)\"")
            .matcher(group(cmd, "StaleJar\\.java\" \"%JAR%\" (.+)"));
    while (bat.find()) {
      cmdSources.add(bat.group(1).replace('\\', '/'));
    }
    assertEquals(List.of("engine/src/main", "engine/pom.xml", "pom.xml"), bashSources);
    assertEquals(bashSources, cmdSources);
    // the jar built in a checkout and the one in the distribution, told apart by engine/pom.xml
    assertTrue(bash.contains("JAR=\"$ROOT/engine/target/rae.jar\""));
    assertTrue(cmd.contains("set \"JAR=%ROOT%\\engine\\target\\rae.jar\""));
    assertTrue(bash.contains("JAR=\"$ROOT/lib/rae.jar\""));
    assertTrue(cmd.contains("set \"JAR=%ROOT%\\lib\\rae.jar\""));
    assertTrue(bash.contains("-f \"$ROOT/engine/pom.xml\""));
    assertTrue(cmd.contains("if not exist \"%ROOT%\\engine\\pom.xml\" goto :run"));
  }

  @Test
  void bothLaunchersStartTheJvmWithTheSameOptions() throws IOException {
    String bash = read("rae");
    String cmd = read("rae.cmd");
    assertEquals(
        "${RAE_JAVA_OPTS:--Xmx4g} --sun-misc-unsafe-memory-access=allow -jar \"$JAR\" \"$@\"",
        group(bash, "\"\\$JAVA_HOME/bin/java\" (.+)"));
    assertTrue(cmd.contains("if not defined RAE_JAVA_OPTS set \"RAE_JAVA_OPTS=-Xmx4g\""));
    assertEquals(
        "%RAE_JAVA_OPTS% --sun-misc-unsafe-memory-access=allow -jar \"%JAR%\" %*",
        group(cmd, "\"%JAVA_HOME%\\\\bin\\\\java\\.exe\" (%RAE.+?)\r\n"));
  }

  @Test
  void bothTestCommandsRunTheSameMavenGoal() throws IOException {
    assertEquals("-B verify \"$@\"", group(read("test"), "\\./mvnw (.+)"));
    assertEquals("-B verify %*", group(read("test.cmd"), "call mvnw\\.cmd (.+?)\r\n"));
    for (String windows : List.of("rae.cmd", "test.cmd")) {
      assertTrue(read(windows).contains("call \"%ROOT%\\scripts\\find-java25.cmd\" || exit /b 1"));
    }
  }

  @Test
  void bothJdkSearchesLookInTheSameOrderForTheSameVersion() throws IOException {
    String bash = read("scripts/find-java25.sh");
    String cmd = read("scripts/find-java25.cmd");
    // JAVA_HOME first, then the javac on PATH, then install folders
    assertTrue(bash.indexOf("${JAVA_HOME:-}") < bash.indexOf("command -v javac"));
    assertTrue(bash.indexOf("command -v javac") < bash.indexOf("/usr/lib/jvm/"));
    assertTrue(cmd.indexOf("if defined JAVA_HOME") < cmd.indexOf("where javac.exe"));
    assertTrue(cmd.indexOf("where javac.exe") < cmd.indexOf("%ProgramFiles%"));
    // a JDK is java and javac, whose java.specification.version is 25 or more
    assertTrue(bash.contains("\"$1/bin/javac\"") && bash.contains("-ge 25"));
    assertTrue(cmd.contains("\\bin\\javac.exe\"") && cmd.contains("GEQ 25"));
    assertTrue(bash.contains("java.specification.version"));
    assertTrue(cmd.contains("java.specification.version"));
    // the folders Windows JDK installers use
    for (String vendor :
        List.of(
            "\"Eclipse Adoptium\"",
            "\"Microsoft\"",
            "\"Zulu\"",
            "\"Amazon Corretto\"",
            "\"Java\"",
            "\"BellSoft\"")) {
      assertTrue(cmd.contains(vendor), vendor);
    }
    assertTrue(cmd.contains("%ProgramFiles%\\%%~v\\*"));
    assertTrue(cmd.contains("%LOCALAPPDATA%\\Programs\\%%~v\\*"));
    assertTrue(cmd.contains("%USERPROFILE%\\.jdks\\*"));
    // and both say what to install when there is none
    assertTrue(bash.contains("Eclipse Temurin 25"));
    assertTrue(cmd.contains("Eclipse Temurin 25"));
  }

  @Test
  void windowsFilesHaveCrlfLineEndsAndBashFilesLf() throws IOException {
    String attributes = read(".gitattributes");
    assertTrue(attributes.contains("*.cmd text eol=crlf"), attributes);
    for (String bash : List.of("rae", "test", "mvnw", "*.sh")) {
      assertTrue(attributes.contains(bash + " text eol=lf"), bash);
    }
    for (String cmd : List.of("rae.cmd", "test.cmd", "mvnw.cmd", "scripts/find-java25.cmd")) {
      String text = read(cmd);
      long lines = text.chars().filter(c -> c == '\n').count();
      assertTrue(lines > 5, cmd);
      assertEquals(lines, text.split("\r\n", -1).length - 1, cmd + ": every line ends in CRLF");
      assertTrue(text.startsWith("@echo off") || cmd.equals("mvnw.cmd"), cmd);
    }
    for (String sh : List.of("rae", "test", "scripts/find-java25.sh")) {
      assertFalse(read(sh).contains("\r"), sh + ": LF only");
    }
  }

  /** Runs {@code java scripts/StaleJar.java JAR SOURCES...} as rae.cmd does; returns its exit. */
  private int staleJar(Path jar, Path... sources) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(RepoFiles.resolve("scripts/StaleJar.java").toString());
    command.add(jar.toString());
    for (Path source : sources) {
      command.add(source.toString());
    }
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    return process.exitValue();
  }

  @Test
  void theWindowsStaleRuleIsFindNewer() throws Exception {
    Path sources = Files.createDirectories(dir.resolve("engine/src/main/java/org"));
    Path source = Files.writeString(sources.resolve("A.java"), "class A {}");
    Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path jar = dir.resolve("rae.jar");
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    Files.setLastModifiedTime(source, FileTime.from(t));
    Files.setLastModifiedTime(pom, FileTime.from(t));
    Path main = dir.resolve("engine/src/main");
    assertEquals(0, staleJar(jar, main, pom), "no jar: stale");
    Files.writeString(jar, "jar");
    Files.setLastModifiedTime(jar, FileTime.from(t.plusSeconds(60)));
    assertEquals(10, staleJar(jar, main, pom), "jar newer than every source: fresh");
    Files.setLastModifiedTime(source, FileTime.from(t.plusSeconds(120)));
    assertEquals(0, staleJar(jar, main, pom), "a source in a subfolder changed after: stale");
    Files.setLastModifiedTime(source, FileTime.from(t));
    Files.setLastModifiedTime(pom, FileTime.from(t.plusSeconds(60)));
    assertEquals(10, staleJar(jar, main, pom), "same second as the jar is not newer (find -newer)");
  }
}
