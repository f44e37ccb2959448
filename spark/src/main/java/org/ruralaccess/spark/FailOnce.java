package org.ruralaccess.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * A fault for the tests (SparkRetryTest): with {@code spark.rae.test.failOnce=PARTITION:DIR} the
 * first attempt of that partition's task writes {@code DIR/failed-PARTITION} and throws, as a lost
 * executor would fail it; Spark then runs the task again. Unset (always, outside the tests) it does
 * nothing.
 */
final class FailOnce {

  static final String KEY = "spark.rae.test.failOnce";

  private FailOnce() {}

  static void maybeFail() {
    String setting = SparkEnv.get().conf().get(KEY, null);
    if (setting == null) {
      return;
    }
    TaskContext task = TaskContext.get();
    int colon = setting.indexOf(':');
    int partition = Integer.parseInt(setting.substring(0, colon));
    if (task.partitionId() != partition || task.attemptNumber() != 0) {
      return;
    }
    try {
      Files.writeString(
          Path.of(setting.substring(colon + 1)).resolve("failed-" + partition), "attempt 0\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("injected failure of partition " + partition + " (test)");
  }
}
