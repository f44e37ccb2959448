package org.ruralaccess.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.AccessibilityOperation;
import org.ruralaccess.app.CompareOperation;
import org.ruralaccess.app.ComparisonBaselines;
import org.ruralaccess.app.FinishedRun;
import org.ruralaccess.app.FinishedRuns;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.ScenarioText;
import org.ruralaccess.model.BadInputException;

/**
 * Background runs, one at a time: an accessibility run or a comparison uses every core for a minute
 * or more, so a second one at once would only slow both. Each run computes into its hidden staging
 * folder, which is renamed into the results folder only when every file is written; a failed or
 * cancelled run's folder is deleted. {@link #shutdown} cancels the queued runs and the running one.
 */
final class RunQueue {

  private final LoadedNetwork loaded;
  private final FinishedRuns finishedRuns;
  private final int maxQueued;
  // the last comparison's baseline, for the next comparison with the same settings
  private final ComparisonBaselines baselines = new ComparisonBaselines();
  private final Map<String, BackgroundRun> runs = new LinkedHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "rae-run");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean shuttingDown;

  RunQueue(LoadedNetwork loaded, FinishedRuns finishedRuns, int maxQueued) {
    this.loaded = loaded;
    this.finishedRuns = finishedRuns;
    this.maxQueued = maxQueued;
  }

  /**
   * Queues a run in a new staged folder named {@code kind-N}; refused when the queue is full or the
   * server is stopping.
   *
   * @param scenarioText the scenario to save in the run's folder, or null
   * @param job the job given the saved scenario's file (null without one)
   */
  synchronized BackgroundRun submit(
      String kind, String scenarioText, Function<Path, AccessibilityJob> job, Duration limit) {
    if (shuttingDown) {
      throw new ApiException(503, null, "the server is stopping");
    }
    long waiting =
        runs.values().stream()
            .filter(
                r ->
                    r.status() == BackgroundRun.Status.QUEUED
                        || r.status() == BackgroundRun.Status.RUNNING)
            .count();
    if (waiting >= maxQueued) {
      throw new ApiException(
          503, null, waiting + " runs are already waiting or running; try again later");
    }
    BackgroundRun run =
        new BackgroundRun(
            kind, finishedRuns.stage(kind), scenarioText, job, new CancellableProgress(limit));
    runs.put(run.name(), run);
    worker.execute(() -> execute(run));
    return run;
  }

  synchronized Optional<BackgroundRun> find(String name) {
    return Optional.ofNullable(runs.get(name));
  }

  synchronized List<BackgroundRun> all() {
    return new ArrayList<>(runs.values());
  }

  private void execute(BackgroundRun run) {
    FinishedRuns.Staging staging = run.staging();
    try {
      run.progress().checkNotCancelled();
      run.running();
      Path scenario = null;
      if (run.scenarioText() != null) {
        scenario = staging.folder().resolve("scenario.yaml");
        ScenarioText.save("scenario", run.scenarioText(), scenario);
      }
      if (run.kind().equals(FinishedRun.COMPARISON)) {
        CompareOperation.run(loaded, run.job(scenario), baselines, run.progress())
            .writeTo(staging.folder());
      } else {
        // an accessibility run of the network routes the next comparison's baseline: kept
        AccessibilityOperation.run(loaded, run.job(scenario), baselines, run.progress())
            .writeTo(staging.folder());
      }
      // a run cancelled while its files were written is not moved into place
      run.progress().checkNotCancelled();
      finishedRuns.commit(staging);
      run.ended(BackgroundRun.Status.DONE, null);
    } catch (RuntimeException e) {
      staging.discard();
      Optional<CancelledException> cancelled = CancelledException.in(e);
      if (cancelled.isPresent()) {
        run.ended(BackgroundRun.Status.CANCELLED, cancelled.get().getMessage());
      } else if (e instanceof BadInputException) {
        run.ended(BackgroundRun.Status.FAILED, e.getMessage());
      } else {
        ServerLog.internalError("run " + run.name(), e);
        run.ended(BackgroundRun.Status.FAILED, "internal error; see the server's log");
      }
    }
  }

  /**
   * Cancels every queued run and the running one, and waits up to {@code wait} for the running one
   * to stop (it stops at its next progress report; its staging folder is deleted).
   */
  void shutdown(Duration wait) {
    synchronized (this) {
      shuttingDown = true;
      for (BackgroundRun run : runs.values()) {
        run.progress().cancel("cancelled: the server stopped");
      }
    }
    worker.shutdown();
    try {
      if (!worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        ServerLog.say(
            "a run did not stop in "
                + wait.toSeconds()
                + " s; its staging folder stays"
                + " hidden and is removed at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
