package org.ruralaccess.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.app.FinishedRun;
import org.ruralaccess.app.RunTable;

/** How runs are shown: one JSON object per run, finished or in the background, with its links. */
final class RunViews {

  private RunViews() {}

  static Map<String, Object> finished(FinishedRun run, boolean details) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", run.name());
    view.put("kind", run.kind());
    view.put("status", "done");
    if (details) {
      view.put("parameters", run.parameters());
      view.put("tables", run.tables().stream().map(RunTable::baseName).toList());
      Map<String, Object> indicators = new LinkedHashMap<>();
      run.indicators().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> indicators.put(e.getKey().baseName(), e.getValue()));
      view.put("indicators", indicators);
      view.put("riderGroups", run.riderGroups());
    }
    view.put("links", links(run.name(), run.kind(), true));
    return view;
  }

  static Map<String, Object> background(BackgroundRun run) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", run.name());
    view.put("kind", run.kind());
    view.put("status", run.status().name().toLowerCase(java.util.Locale.ROOT));
    addTimes(view, run);
    view.put("progress", run.progress().snapshot());
    view.put("error", run.error());
    view.put("links", links(run.name(), run.kind(), run.status() == BackgroundRun.Status.DONE));
    return view;
  }

  /** A finished run that this server computed also shows when it was asked for and ran. */
  static void addTimes(Map<String, Object> view, BackgroundRun run) {
    view.put("submitted", run.submitted().toString());
    view.put("started", run.started() == null ? null : run.started().toString());
    view.put("finished", run.finished() == null ? null : run.finished().toString());
  }

  /**
   * A finished run that this server computed: its times, and the notes its progress ended with
   * (warnings, a baseline kept from the last comparison...).
   */
  static void addComputed(Map<String, Object> view, BackgroundRun run) {
    addTimes(view, run);
    view.put("notes", run.progress().snapshot().notes());
  }

  private static Map<String, String> links(String name, String kind, boolean done) {
    Map<String, String> links = new LinkedHashMap<>();
    String self = "/api/runs/" + name;
    links.put("self", self);
    if (done) {
      if (kind.equals(FinishedRun.COMPARISON)) {
        links.put("comparison", self + "/comparison");
        links.put("accessChanges", self + "/access-changes");
      } else {
        links.put("indicators", self + "/indicators");
        links.put("equity", self + "/equity");
      }
    }
    return links;
  }
}
