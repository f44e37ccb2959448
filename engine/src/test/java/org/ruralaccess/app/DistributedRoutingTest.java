package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.ProgressListener;

/** The engine alone (no spark module on its class path) refuses --spark in one line. */
class DistributedRoutingTest {

  @Test
  void withoutTheSparkModuleSparkIsOneClearLine() {
    BadInputException refused =
        assertThrows(
            BadInputException.class,
            () -> DistributedRouting.connect("local[2]", null, null, ProgressListener.SILENT));
    assertEquals(
        "--spark needs the rae-spark module on the class path: run spark/rae-spark instead of rae"
            + " (see docs/spark.md)",
        refused.getMessage());
  }
}
