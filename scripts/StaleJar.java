import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * The rebuild-when-stale rule of rae.cmd, run by the JDK it found as a single-file program (`java
 * StaleJar.java JAR PATH...`): the jar is stale when it is missing or when any file under the
 * given paths (folders are searched through) was modified after it, exactly as ./rae's `find PATH...
 * -newer JAR`. Exits 0 when stale (build), 10 when fresh (run), like a shell test.
 */
public class StaleJar {

  static final int STALE = 0;
  static final int FRESH = 10;

  public static void main(String[] args) throws IOException {
    System.exit(stale(Path.of(args[0]), args) ? STALE : FRESH);
  }

  static boolean stale(Path jar, String[] args) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(jar);
    for (int i = 1; i < args.length; i++) {
      Path source = Path.of(args[i]);
      if (!Files.exists(source)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(source)) {
        if (files.anyMatch(file -> newer(file, built))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean newer(Path file, FileTime than) {
    try {
      return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(than) > 0;
    } catch (IOException e) {
      return true; // unreadable: rebuild, the safe side
    }
  }
}
