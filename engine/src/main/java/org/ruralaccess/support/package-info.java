/**
 * Helpers every layer uses, one implementation of each, depending on nothing in the engine but the
 * model: YAML documents that keep line numbers ({@link org.ruralaccess.support.YamlDocument}) and
 * the collection of configuration errors with "did you mean" hints ({@link
 * org.ruralaccess.support.ConfigErrors}), output files written atomically ({@link
 * org.ruralaccess.support.AtomicFiles}, {@link org.ruralaccess.support.AtomicOutput}), the CSV
 * reader, the progress listener the long operations report to, and waiting for another thread's
 * work with its failure rethrown as thrown ({@link org.ruralaccess.support.Futures}).
 */
package org.ruralaccess.support;
