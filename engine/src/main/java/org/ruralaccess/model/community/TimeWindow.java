package org.ruralaccess.model.community;

/** A pickup/drop-off window in seconds since midnight of the service day, start before end. */
public record TimeWindow(int startSeconds, int endSeconds) {

  public TimeWindow {
    if (startSeconds < 0 || endSeconds <= startSeconds) {
      throw new IllegalArgumentException(
          "window must start before it ends: " + startSeconds + " to " + endSeconds);
    }
  }

  public boolean contains(int seconds) {
    return seconds >= startSeconds && seconds <= endSeconds;
  }
}
