package org.ruralaccess.support;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * Turns FastCSV's parser callbacks into {@link CsvRow}s, keeping what FastCSV's own record type
 * drops: whether each field was quoted (so that a kept row can be written back as it was). Empty
 * lines and lines of blanks give no row. Also remembers the line the current record started on,
 * which the reader needs when the parser stops inside a record.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

  /** FastCSV's own default limit; a record with more fields is broken, not data. */
  static final int MAX_FIELDS = 16_384;

  private String[] fields = new String[32];
  private boolean[] quoted = new boolean[32];
  private int count;
  private final long lineOffset;
  private CsvHeader header;
  private long startingLine;

  /**
   * @param lineOffset added to the parser's line numbers: the lines before the text parsed
   */
  CsvRowHandler(CsvHeader header, long lineOffset) {
    this.header = header;
    this.lineOffset = lineOffset;
  }

  void setHeader(CsvHeader header) {
    this.header = header;
  }

  /** Whether the last record had more than {@link #MAX_FIELDS} fields (the rest were dropped). */
  boolean overflowed() {
    return getFieldCount() > MAX_FIELDS;
  }

  /** The line the record being parsed (or last parsed) starts on. */
  long startingLine() {
    return startingLine;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    startingLine = startingLineNumber + lineOffset;
    count = 0;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quotedField) {
    if (fieldIdx >= MAX_FIELDS) {
      return; // counted by getFieldCount(); the reader reports the record
    }
    if (fieldIdx == fields.length) {
      fields = Arrays.copyOf(fields, fields.length * 2);
      quoted = Arrays.copyOf(quoted, quoted.length * 2);
    }
    fields[fieldIdx] = new String(buf, offset, len);
    quoted[fieldIdx] = quotedField;
    count = fieldIdx + 1;
  }

  @Override
  protected CsvRow buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null; // empty line (comments are off)
    }
    CsvRow row =
        new CsvRow(
            header, startingLine, Arrays.copyOf(fields, count), Arrays.copyOf(quoted, count));
    return row.isBlank() ? null : row;
  }
}
