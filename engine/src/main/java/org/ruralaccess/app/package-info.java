/**
 * The application layer: the operations a user can ask for, as plain Java methods that the faces
 * (the {@code rae} command line and the HTTP server) call and nothing below them.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>operation</b>: one thing a user asks for ({@link org.ruralaccess.app.BuildOperation},
 *       {@link org.ruralaccess.app.MatrixOperation}, {@link
 *       org.ruralaccess.app.AccessibilityOperation}, {@link org.ruralaccess.app.CompareOperation},
 *       {@link org.ruralaccess.app.NetworkDescription} for {@code rae info}): a typed request in, a
 *       progress listener, a typed result out.
 *   <li><b>request values</b>: what a user typed (a flag, an HTTP parameter), parsed and checked in
 *       one place ({@link org.ruralaccess.app.RequestValues}) so both faces give the same one-line
 *       message naming the field.
 *   <li><b>run record</b>: the parameters and input checksums of a run, written as {@code run.json}
 *       beside its outputs.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>A face parses its syntax (picocli flags, query strings) into a request of this package, calls
 * one operation and hands the result to the writers ({@code result.writeTo(folder)}), or answers
 * with it. Everything between (loading the network file, reading zone, destination and point CSVs,
 * checking the date against the timetables, applying a scenario, choosing rider groups, building
 * the run record) happens here, once, for every face. The operations call {@code analysis} for the
 * computing, {@code scenario} for changes to the network and {@code export} for the files.
 */
package org.ruralaccess.app;
