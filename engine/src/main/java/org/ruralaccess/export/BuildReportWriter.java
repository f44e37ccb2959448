package org.ruralaccess.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.build.BuildReport;

/**
 * Writes the build report: {@code *.report.json} with the counts, the number of issues per code and
 * severity, and every issue; {@code *.issues.geojson} with the issues that have a location, for
 * QGIS. Both sorted, so identical inputs give identical files.
 */
public final class BuildReportWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BuildReportWriter() {}

  public static void writeJson(BuildReport report, Path file) {
    AtomicWriter.write(
        file,
        out -> {
          try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("region", report.regionName());
            json.writeObjectField("counts", report.counts());
            json.writeObjectFieldStart("issueCounts");
            for (Severity severity : Severity.values()) {
              json.writeNumberField(
                  severity.name(),
                  report.issues().stream().filter(i -> i.severity() == severity).count());
            }
            json.writeEndObject();
            json.writeObjectField("issuesByCode", countsByCode(report));
            json.writeArrayFieldStart("issues");
            for (ImportIssue issue : report.issues()) {
              writeIssue(json, issue);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
        });
  }

  public static void writeGeoJson(BuildReport report, Path file) {
    AtomicWriter.write(
        file,
        out -> {
          try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (ImportIssue issue : report.issues()) {
              if (!issue.hasLocation()) {
                continue;
              }
              json.writeStartObject();
              json.writeStringField("type", "Feature");
              json.writeObjectFieldStart("geometry");
              json.writeStringField("type", "Point");
              json.writeArrayFieldStart("coordinates");
              json.writeNumber(issue.lon());
              json.writeNumber(issue.lat());
              json.writeEndArray();
              json.writeEndObject();
              json.writeFieldName("properties");
              writeIssue(json, issue);
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
          }
        });
  }

  private static Map<String, Long> countsByCode(BuildReport report) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    report.issues().forEach(i -> counts.merge(i.code(), 1L, Long::sum));
    return counts;
  }

  private static void writeIssue(JsonGenerator json, ImportIssue issue) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", issue.severity().name());
    json.writeStringField("code", issue.code());
    json.writeStringField("file", issue.file());
    if (issue.line() > 0) {
      json.writeNumberField("line", issue.line());
    }
    if (issue.entityId() != null) {
      json.writeStringField("id", issue.entityId());
    }
    json.writeStringField("message", issue.message());
    json.writeEndObject();
  }
}
