/**
 * The {@code rae} command line (picocli): thin commands that read flags, call the engine and
 * report. User input errors ({@link org.ruralaccess.model.BadInputException}) become one clear line
 * on standard error and exit code 2; progress goes to standard error.
 */
package org.ruralaccess.cli;
