package org.ruralaccess.ingest.destinations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvRow;

/**
 * Reads the CSV files the published destination sources come in, one record per line (RFC 4180
 * quoting, no line breaks inside fields). The files are UTF-8, except that DfE publishes the GIAS
 * extract in Windows-1252: a file that is not valid UTF-8 (checked by one strict decoding pass
 * before parsing) is read as Windows-1252 rather than giving mangled names.
 */
final class CsvRecordReader {

  /** Receives each non-blank record with its 1-based line number. */
  interface RecordHandler {
    void record(long lineNumber, List<String> fields);
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvRecordReader() {}

  static void read(Path file, RecordHandler handler) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": destination file not found");
    }
    try {
      readAs(file, isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, handler);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Decodes the whole file strictly; stops at the first byte sequence that is not UTF-8. */
  static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
      char[] buffer = new char[1 << 16];
      while (reader.read(buffer) >= 0) {
        // only the decoding matters
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void readAs(Path file, Charset charset, RecordHandler handler) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      String line;
      long lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          handler.record(lineNumber, CsvRow.split(line));
        }
      }
    }
  }
}
