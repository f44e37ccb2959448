package org.ruralaccess.support;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.ruralaccess.model.BadInputException;

/**
 * The one CSV reader of the engine: every CSV input (GTFS before OneBusAway, GTFS-Flex stop times,
 * zones, destinations, points, postcodes, the fetch clipper) is read through it, on FastCSV 4 (RFC
 * 4180; fast, maintained, no dependencies).
 *
 * <p>What every input gets: the byte-order mark dropped; CRLF, LF and CR line ends; quoted fields
 * with commas, doubled quotes and line breaks (a row names the physical line it starts on); header
 * names trimmed; empty lines and lines of blanks skipped; strict decoding by a {@link CsvEncoding}
 * policy, a byte that is not UTF-8 (or Windows-1252 where accepted) stopping the read with one line
 * naming file, line, field and what to do. Every problem is a {@link BadInputException}, never
 * FastCSV's own text.
 *
 * <p>Broken quoting (a quote not closed by the end of its line, or text after a closing quote, as
 * in the 12 GIAS rows where a conversion swallowed a quote) must not swallow the rows after it: a
 * record the parser cannot finish, or one spanning several lines whose field count differs from the
 * header's, is taken to be broken. Its first line is then read on its own, leniently (quotes
 * toggled, as the line-by-line readers before this one did), and reading resumes on the next line,
 * so the caller sees the same row, with the wrong field count, that it saw before and can report
 * it. Resuming re-opens the input and skips to that line, so it costs one more read of the lines
 * before it (GIAS England, 12 broken lines in 5.5 MB: about 0.25 s); after {@value
 * #MAX_RECOVERED_LINES} such lines the file is refused as not CSV. docs/csv-inputs.md says all this
 * for users.
 *
 * <p>Usage: {@code try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8)) { int id =
 * csv.header().requiredColumn("id"); for (CsvRow row : csv) { ... row.trimmed(id) ... } }}
 */
public final class CsvReader implements Iterable<CsvRow>, AutoCloseable {

  static final int MAX_RECOVERED_LINES = 100;

  private final CsvSource source;
  private final CsvEncoding encoding;
  private final boolean withHeader;
  private final Charset charset;
  private final CsvRowHandler handler;
  private CsvHeader header;
  private CsvRow headerRow;
  private de.siegmar.fastcsv.reader.CsvReader<CsvRow> parser;
  private Iterator<CsvRow> records;
  private int expectedWidth = -1;
  private long rowCount;
  private int recoveredLines;
  private long firstRecoveredLine;
  private boolean iterated;

  private CsvReader(CsvSource source, CsvEncoding encoding, boolean withHeader) {
    this.source = source;
    this.encoding = encoding;
    this.withHeader = withHeader;
    this.header = new CsvHeader(source.label(), List.of());
    this.handler = new CsvRowHandler(header, 0);
    try {
      this.charset =
          encoding == CsvEncoding.UTF8
              ? StandardCharsets.UTF_8
              : CsvDecoding.utf8OrWindows1252(source);
      startParser();
    } catch (IOException e) {
      throw problem(e);
    }
    if (withHeader) {
      headerRow = fetch();
      if (headerRow != null) {
        header = headerRow.asHeader(source.label());
        handler.setHeader(header);
        expectedWidth = header.size();
      }
    }
  }

  /** A file with a header line. */
  public static CsvReader open(Path file, CsvEncoding encoding) {
    return open(CsvSource.of(file), encoding);
  }

  /** An input with a header line. */
  public static CsvReader open(CsvSource source, CsvEncoding encoding) {
    return new CsvReader(source, encoding, true);
  }

  /** An input without a header line (Code-Point Open, NHS ODS epraccur): every line is a row. */
  public static CsvReader openHeaderless(CsvSource source, CsvEncoding encoding) {
    return new CsvReader(source, encoding, false);
  }

  public String label() {
    return source.label();
  }

  /** The trimmed column names; none when the input is headerless or empty. */
  public CsvHeader header() {
    return header;
  }

  /** The header line as a row (its fields as written, its line); null when there is none. */
  public CsvRow headerRow() {
    return headerRow;
  }

  /** The charset the input is read in (UTF-8, or Windows-1252 where the policy allowed it). */
  public Charset charset() {
    return charset;
  }

  /** Rows read so far, the header not counted. */
  public long rowCount() {
    return rowCount;
  }

  /** Stops the read when the input has no header line: {@code "empty file; expected " + what}. */
  public CsvReader requireHeader(String what) {
    if (headerRow == null) {
      throw BadInputException.at(source.label(), 1, null, "empty file; expected " + what);
    }
    return this;
  }

  /**
   * Stops the read when no row came after the header; call after reading. {@code what} says what
   * the rows should be, e.g. {@code "one row per destination"}.
   */
  public void requireRows(String what) {
    if (rowCount == 0) {
      throw withHeader
          ? BadInputException.at(
              source.label(), 0, null, "the header is the only line; expected " + what)
          : BadInputException.at(source.label(), 0, null, "empty file; expected " + what);
    }
  }

  /** Every remaining row. */
  public List<CsvRow> readAll() {
    List<CsvRow> rows = new ArrayList<>();
    for (CsvRow row : this) {
      rows.add(row);
    }
    return rows;
  }

  /** The rows after the header; can be iterated once. */
  @Override
  public Iterator<CsvRow> iterator() {
    if (iterated) {
      throw new IllegalStateException(source.label() + " is already being read");
    }
    iterated = true;
    return new Iterator<>() {
      private CsvRow next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = fetch();
        }
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = null;
        rowCount++;
        return row;
      }
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw problem(e);
    }
  }

  private CsvRow fetch() {
    CsvRow row;
    try {
      row = records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      return recover(handler.startingLine());
    } catch (UncheckedIOException e) {
      throw problem(e.getCause());
    }
    if (row == null) {
      return null;
    }
    if (handler.overflowed()) {
      throw BadInputException.at(
          source.label(),
          row.line(),
          null,
          "more than " + CsvRowHandler.MAX_FIELDS + " fields; is this a CSV file?");
    }
    if (expectedWidth < 0) {
      expectedWidth = row.size(); // headerless: the first row sets the width
    } else if (row.size() != expectedWidth && row.spansLines()) {
      return recover(row.line());
    }
    return row;
  }

  /** Reads line {@code line} on its own (see the class comment) and resumes after it. */
  private CsvRow recover(long line) {
    if (++recoveredLines > MAX_RECOVERED_LINES) {
      throw BadInputException.at(
          source.label(),
          line,
          null,
          "broken quoting on more than "
              + MAX_RECOVERED_LINES
              + " lines (the first on line "
              + firstRecoveredLine
              + "): a quote is missing or stray; this is not a CSV file as written");
    }
    if (firstRecoveredLine == 0) {
      firstRecoveredLine = line;
    }
    String[] text = new String[1];
    try {
      parser.close();
      startParser();
      parser.skipLines((int) line - 1);
      parser.skipLines(
          physicalLine -> {
            text[0] = physicalLine;
            return true;
          },
          1);
      parser.skipLines(1);
    } catch (IOException e) {
      throw problem(e);
    } catch (UncheckedIOException e) {
      throw problem(e.getCause());
    }
    if (text[0].isBlank()) {
      return fetch();
    }
    return lenient(header, text[0], line - 1);
  }

  private void startParser() throws IOException {
    parser =
        de.siegmar.fastcsv.reader.CsvReader.builder()
            .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .skipEmptyLines(true)
            .build(handler, CsvDecoding.reader(source.opener().open(), charset));
    records = parser.iterator();
  }

  private BadInputException problem(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return new BadInputException(source.label() + ": file not found");
    }
    if (e instanceof CharacterCodingException) {
      return notDecodable();
    }
    return new BadInputException(source.label() + ": cannot be read: " + e.getMessage(), e);
  }

  /** The message for bytes the charset cannot decode, found by a second strict pass. */
  private BadInputException notDecodable() {
    CsvDecoding.BadBytes bad;
    try {
      bad = CsvDecoding.firstBadBytes(source, charset).orElse(null);
    } catch (IOException e) {
      return new BadInputException(source.label() + ": cannot be read: " + e.getMessage(), e);
    }
    if (bad == null) { // cannot happen: the first pass failed on the same bytes
      return new BadInputException(source.label() + ": is not " + charset.name() + " text");
    }
    String field = null;
    String firstLine = bad.firstLine().replace("\uFEFF", "");
    if (withHeader && bad.line() > 1 && !firstLine.isBlank()) {
      // the header may not be parsed yet: decoding runs ahead of parsing by a buffer
      CsvHeader names = lenient(header, firstLine, 0).asHeader(source.label());
      field = names.name(lenient(header, bad.lineBefore() + "x", 0).size() - 1);
    }
    String before = bad.lineBefore();
    String after =
        before.isEmpty()
            ? "at the start of the line"
            : "after '" + before.substring(Math.max(0, before.length() - 20)) + "'";
    String what =
        encoding == CsvEncoding.UTF8
            ? "is not UTF-8 text"
            : "is neither UTF-8 nor Windows-1252 text";
    return BadInputException.at(
        source.label(),
        bad.line(),
        field,
        bad.bytesHex()
            + " "
            + after
            + " "
            + what
            + "; save the file as UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')");
  }

  /**
   * The fields of one line of CSV text, read on its own as a broken line is (see the class
   * comment): for tools that filter a file line by line and keep the kept lines byte for byte.
   */
  public static List<String> fields(String line) {
    return line.isBlank()
        ? List.of(line)
        : lenient(new CsvHeader("text", List.of()), line, 0).fields();
  }

  /** One line read on its own, leniently (see the class comment). */
  @SuppressWarnings("removal") // the lenient option is what reads a broken line as before
  private static CsvRow lenient(CsvHeader header, String line, long lineOffset) {
    return de.siegmar.fastcsv.reader.CsvReader.builder()
        .allowExtraCharsAfterClosingQuote(true)
        .allowUnclosedQuote(true)
        .ofSingleCsvRecord(new CsvRowHandler(header, lineOffset), line);
  }
}
