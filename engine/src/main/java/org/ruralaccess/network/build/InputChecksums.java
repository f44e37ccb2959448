package org.ruralaccess.network.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.network.NetworkInfo;

/** SHA-256 of input files (a folder hashes its files' names and contents in name order). */
public final class InputChecksums {

  private InputChecksums() {}

  public static NetworkInfo.InputFile describe(String role, Path path) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size = 0;
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(path)) {
          files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(
              file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          size += hash(file, digest);
        }
      } else {
        size = hash(path, digest);
      }
      return new NetworkInfo.InputFile(
          role, path.toString(), size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot be read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static long hash(Path file, MessageDigest digest) throws IOException {
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        size += read;
      }
    }
    return size;
  }
}
