package org.ruralaccess.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.Success$;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.ruralaccess.support.ProgressListener;

/**
 * The driver's view of the tasks: says in one line each which tasks failed and that Spark runs them
 * again, and counts the tasks each executor finished (said after each matrix).
 */
final class TaskEvents extends SparkListener {

  private final ProgressListener progress;
  private final Map<String, Integer> finishedByExecutor = new TreeMap<>();

  TaskEvents(ProgressListener progress) {
    this.progress = progress;
  }

  /** "executor 0: 4 ranges, executor 1: 4 ranges" since the last call. */
  synchronized String takeFinished() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> executor : finishedByExecutor.entrySet()) {
      text.append(text.isEmpty() ? "" : ", ")
          .append("executor ")
          .append(executor.getKey())
          .append(": ")
          .append(executor.getValue())
          .append(executor.getValue() == 1 ? " range" : " ranges");
    }
    finishedByExecutor.clear();
    return text.toString();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (end.reason() instanceof Success$) {
      synchronized (this) {
        finishedByExecutor.merge(end.taskInfo().executorId(), 1, Integer::sum);
      }
      return;
    }
    if (!(end.reason() instanceof TaskFailedReason failed)) {
      return;
    }
    if (failed instanceof ExceptionFailure e
        && e.className().equals(ExecutorInputException.class.getName())) {
      return; // bad input: the run stops with its one line, retries or not
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
