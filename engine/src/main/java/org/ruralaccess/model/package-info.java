/**
 * The domain every stage shares, and nothing else: value types with no dependency on the rest of
 * the engine (only the JDK and JTS geometry). Root: coordinates, clock times ({@link
 * org.ruralaccess.model.ClockTime}, seconds since midnight), the travel modes, the one user-facing
 * input error ({@link org.ruralaccess.model.BadInputException}). Sub-packages: {@code zone} (LSOAs
 * with population by age, deprivation, origins), {@code destination} (schools, GPs, jobs... and
 * their categories), {@code community} (community transport schemes and how a request may use
 * them), {@code settings} (routing and build settings), {@code transit} (a timetable as rows before
 * it becomes column stores), {@code point} (origin/destination point sets), {@code issue} (typed
 * data problems). Readers in {@code ingest} produce these types; every later stage consumes them.
 */
package org.ruralaccess.model;
