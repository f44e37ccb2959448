package org.ruralaccess.ingest.fetch;

/** Where {@code rae fetch} reports progress; the CLI draws it on standard error. */
public interface FetchListener {

  /** A listener that shows nothing (tests, library use). */
  FetchListener SILENT =
      new FetchListener() {
        @Override
        public void message(String line) {}

        @Override
        public void transfer(String label, long bytesDone, long bytesTotal) {}
      };

  /** One finished step, e.g. the counts of a clipped feed. */
  void message(String line);

  /**
   * Bytes received so far, called at most about twice a second and once more at the end ({@code
   * bytesDone == bytesTotal}, or after the last byte when the size is unknown).
   *
   * @param bytesTotal the server's Content-Length, or -1 when it did not say
   */
  void transfer(String label, long bytesDone, long bytesTotal);
}
