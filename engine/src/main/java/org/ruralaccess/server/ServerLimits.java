package org.ruralaccess.server;

import java.time.Duration;

/**
 * What one request may ask of the server, so that no request can take it over: body size, matrix
 * size, the departure window, time limits and the length of the run queue.
 *
 * @param maxBodyBytes a larger request body is refused (413) before it is read
 * @param maxMatrixPairs origins x destinations of one {@code POST /api/matrix}
 * @param maxWindowMinutes the longest departure window of a matrix request
 * @param matrixTimeLimit a matrix or isochrone request still computing after this is cancelled
 *     (503)
 * @param concurrentMatrices matrix requests computed at once, and as many isochrone requests; the
 *     next wait for a place
 * @param matrixWait how long a matrix or isochrone request waits for a place before it is refused
 *     (503)
 * @param maxQueuedRuns background runs waiting or running at once; more are refused (503)
 * @param runTimeLimit a background run still computing after this is cancelled
 */
public record ServerLimits(
    int maxBodyBytes,
    int maxMatrixPairs,
    int maxWindowMinutes,
    Duration matrixTimeLimit,
    int concurrentMatrices,
    Duration matrixWait,
    int maxQueuedRuns,
    Duration runTimeLimit) {

  /**
   * 1 MiB bodies (10,000 points as JSON take about 600 kB), 10,000 pairs, 3-hour windows, 30 s per
   * matrix, as many matrices at once as cores, 8 queued runs of at most 2 hours each.
   */
  public static ServerLimits defaults() {
    return new ServerLimits(
        1 << 20,
        10_000,
        180,
        Duration.ofSeconds(30),
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        Duration.ofSeconds(20),
        8,
        Duration.ofHours(2));
  }
}
