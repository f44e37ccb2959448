package org.ruralaccess.spark;

import org.apache.spark.ExceptionFailure;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.ruralaccess.support.ProgressListener;

/** Says on the driver, in one line each, which tasks failed and that Spark runs them again. */
final class TaskFailures extends SparkListener {

  private final ProgressListener progress;

  TaskFailures(ProgressListener progress) {
    this.progress = progress;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (!(end.reason() instanceof TaskFailedReason failed)) {
      return;
    }
    String why =
        failed instanceof ExceptionFailure e
            ? e.className() + ": " + firstLine(e.description())
            : firstLine(failed.toErrorString());
    progress.note(
        "spark: partition "
            + end.taskInfo().index()
            + " failed on executor "
            + end.taskInfo().executorId()
            + " (attempt "
            + (end.taskInfo().attemptNumber() + 1)
            + "): "
            + why
            + "; Spark retries it up to spark.task.maxFailures times");
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
