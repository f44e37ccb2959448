package org.ruralaccess.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bytes-to-text step of the CSV reader. Decoding is strict (a byte sequence that is not valid
 * in the charset is an error, never a silent U+FFFD), which is why the reader decodes the bytes
 * itself rather than letting FastCSV do it: FastCSV's decoding replaces bad bytes silently. A
 * leading byte-order mark is dropped.
 */
final class CsvDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Where the first undecodable bytes are: the physical line, the line's text before them, and the
   * text of line 1 (the header, to name the field) when the bytes are on a later line.
   */
  record BadBytes(long line, String bytesHex, String lineBefore, String firstLine) {}

  private CsvDecoding() {}

  /**
   * A strict reader over {@code in} in {@code charset}, without a leading byte-order mark (also
   * when a file saved as UTF-8 with a mark was later edited in Windows-1252, where the mark's bytes
   * read as "ï»¿").
   */
  static Reader reader(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String mark = charset.equals(WINDOWS_1252) ? "\u00EF\u00BB\u00BF" : "\uFEFF";
    // no BufferedReader: FastCSV reads in large blocks, straight from the decoder
    PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), mark.length());
    char[] start = new char[mark.length()];
    int n = 0;
    while (n < start.length) {
      int read = reader.read(start, n, start.length - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    if (n != start.length || !new String(start).equals(mark)) {
      reader.unread(start, 0, n);
    }
    return reader;
  }

  /**
   * The UTF-8 or Windows-1252 choice of {@link CsvEncoding#UTF8_OR_WINDOWS_1252}, by one strict
   * UTF-8 pass over the whole input. Whether the input is valid Windows-1252 is found when it is
   * read.
   */
  static Charset utf8OrWindows1252(CsvSource source) throws IOException {
    return firstBadBytes(source, StandardCharsets.UTF_8).isEmpty()
        ? StandardCharsets.UTF_8
        : WINDOWS_1252;
  }

  /**
   * Decodes the whole input strictly and returns where the first bytes that are not {@code charset}
   * are, counting lines as the parser does (CR, LF and CRLF each end one line).
   */
  static Optional<BadBytes> firstBadBytes(CsvSource source, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    StringBuilder currentLine = new StringBuilder();
    String firstLine = "";
    long line = 1;
    boolean lastWasCr = false;
    try (InputStream in = source.opener().open()) {
      boolean endOfInput = false;
      while (true) {
        if (!endOfInput) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            endOfInput = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        // count line ends; keep only the text of the current line (and of line 1)
        char[] text = chars.array();
        int length = chars.position();
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
          char c = text[i];
          if (c == '\n' || c == '\r') {
            if (c == '\r' || !lastWasCr) {
              if (line == 1) {
                firstLine = currentLine + new String(text, lineStart, i - lineStart);
              }
              line++;
              currentLine.setLength(0);
            }
            lastWasCr = c == '\r';
            lineStart = i + 1;
          } else {
            lastWasCr = false;
          }
        }
        if (currentLine.length() < 100_000) {
          currentLine.append(text, lineStart, length - lineStart);
        }
        chars.clear();
        if (result.isError()) {
          byte[] bad = new byte[result.length()];
          bytes.get(bad);
          return Optional.of(
              new BadBytes(
                  line,
                  HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(bad),
                  currentLine.toString(),
                  firstLine));
        }
        bytes.compact();
        if (endOfInput && result.isUnderflow() && bytes.position() == 0) {
          return Optional.empty();
        }
      }
    }
  }
}
