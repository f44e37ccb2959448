package org.ruralaccess.export;

/** A summary page written next to a run's tables, e.g. {@code return_trips_summary.md}. */
public record MarkdownPage(String fileName, String markdown) {}
