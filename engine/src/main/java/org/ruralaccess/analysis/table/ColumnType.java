package org.ruralaccess.analysis.table;

/**
 * The type of a column, fixed by the table's schema and never guessed from its values: {@code
 * INTEGER} holds Integer or Long values, {@code REAL} Double (or whole numbers, stored as
 * decimals), {@code TEXT} String; any of them may be null ("no value").
 */
public enum ColumnType {
  INTEGER,
  REAL,
  TEXT
}
