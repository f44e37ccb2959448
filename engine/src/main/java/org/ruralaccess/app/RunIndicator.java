package org.ruralaccess.app;

/**
 * One indicator of a finished run's table, as a face offers it: "% of users within 30 minutes of a
 * GP by transit".
 *
 * @param column the column's name; in a comparison the base name, whose {@code _base}, {@code
 *     _scenario} and {@code _change} columns hold the values
 * @param category the destination category's key ({@code gp}, {@code jobs})
 * @param mode transit, walk, bike or car
 * @param measure {@code min_time}, {@code percent_users}, {@code capped_count}, {@code count},
 *     {@code opportunities} or {@code gravity}
 * @param cutoffMinutes the cutoff of a count or share; null for minimum times and gravity
 * @param unit what the values count, for a legend
 */
public record RunIndicator(
    String column,
    String category,
    String mode,
    String measure,
    Integer cutoffMinutes,
    String unit) {}
