package org.ruralaccess.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's bundled data (gtfs-feeds/, osm-extracts/, regions/) from tests. */
public final class RepoFiles {

  private RepoFiles() {}

  public static Path root() {
    String property = System.getProperty("rae.repo.root");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("gtfs-feeds"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (no gtfs-feeds/ above)");
    }
    return dir;
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
