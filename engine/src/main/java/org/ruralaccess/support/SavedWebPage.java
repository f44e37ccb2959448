package org.ruralaccess.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a web page where a data file was expected: what a browser or a server saves when a
 * download fails (a login page, an error page, a "file moved" notice saved as {@code feed.zip}).
 * Readers name it as such instead of as a corrupt zip or a bad protobuf.
 */
public final class SavedWebPage {

  private static final int PEEK_BYTES = 4096;
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>([^<]{0,200})", Pattern.CASE_INSENSITIVE);

  private SavedWebPage() {}

  /** Whether text starts like an HTML document (after a byte order mark and white space). */
  public static boolean looksLikeHtml(String head) {
    String start = head.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<head")
        || (start.startsWith("<?xml") && start.contains("<html"));
  }

  /** The first bytes of a file as text; empty when it cannot be read. */
  public static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** {@code " titled 'Sign in'"}, or empty when the page has no title. */
  public static String titlePhrase(String head) {
    Matcher title = TITLE.matcher(head);
    return title.find() ? " titled '" + title.group(1).strip() + "'" : "";
  }
}
