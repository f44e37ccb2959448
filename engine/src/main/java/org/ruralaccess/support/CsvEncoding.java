package org.ruralaccess.support;

/**
 * Which character encodings a CSV input may be in. UTF-8 is the rule; Windows-1252 is accepted only
 * for the inputs that are published in it or that analysts save from Excel, whose plain "CSV (Comma
 * delimited)" format writes Windows-1252 ("£" as byte 0xA3, "é" as 0xE9).
 *
 * <p>Which inputs accept which (docs/csv-inputs.md has the same table):
 *
 * <ul>
 *   <li>{@link #UTF8}: GTFS and GTFS-Flex files (UTF-8 by the GTFS specification), Code-Point Open
 *       (published by Ordnance Survey in ASCII).
 *   <li>{@link #UTF8_OR_WINDOWS_1252}: destination files (DfE publishes GIAS in Windows-1252; the
 *       NHS, stroke unit and user-written lists may come from Excel), point files, and the zone
 *       tables (population, deprivation, rural-urban, lookups), which analysts edit in Excel.
 * </ul>
 */
public enum CsvEncoding {
  /**
   * UTF-8 only. A byte sequence that is not UTF-8 stops the read with the file, the line and what
   * to do ("save the file as UTF-8").
   */
  UTF8,

  /**
   * UTF-8 when the whole file is valid UTF-8 (checked by one strict decoding pass before parsing),
   * else Windows-1252. A file that is neither (one of the five bytes Windows-1252 leaves undefined:
   * 0x81, 0x8D, 0x8F, 0x90, 0x9D) stops the read with the file and the line.
   */
  UTF8_OR_WINDOWS_1252
}
