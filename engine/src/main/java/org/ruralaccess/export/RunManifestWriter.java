package org.ruralaccess.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link RunManifest} as pretty JSON: keys {@code command, engineVersion, parameters,
 * inputs, outputs} in that order, parameters (and nested maps) sorted by name, two-space indent,
 * {@code \n} line ends on every platform, so two identical runs give identical files.
 */
public final class RunManifestWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private RunManifestWriter() {}

  public static void write(RunManifest manifest, Path file) {
    AtomicWriter.write(
        file,
        out -> {
          try (JsonGenerator json = JSON.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(
                new DefaultPrettyPrinter(
                        Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("command", manifest.command());
            json.writeStringField("engineVersion", manifest.engineVersion());
            json.writeFieldName("parameters");
            writeValue(json, manifest.parameters());
            json.writeArrayFieldStart("inputs");
            for (RunManifest.InputChecksum input : manifest.inputs()) {
              json.writeStartObject();
              json.writeStringField("role", input.role());
              json.writeStringField("path", input.path());
              json.writeNumberField("sizeBytes", input.sizeBytes());
              json.writeStringField("sha256", input.sha256());
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("outputs");
            for (String output : manifest.outputs()) {
              json.writeString(output);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
          }
        });
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case String s -> json.writeString(s);
      case Boolean b -> json.writeBoolean(b);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Double d -> {
        // shortest round-trip form (4.8, not 4.8000001): settings are not rounded like results
        if (Double.isFinite(d)) {
          json.writeNumber(d);
        } else {
          json.writeNull();
        }
      }
      case Map<?, ?> map -> {
        json.writeStartObject();
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
          json.writeFieldName(entry.getKey());
          writeValue(json, entry.getValue());
        }
        json.writeEndObject();
      }
      case Collection<?> list -> {
        json.writeStartArray();
        for (Object item : list) {
          writeValue(json, item);
        }
        json.writeEndArray();
      }
      case int[] numbers -> {
        json.writeStartArray();
        for (int number : numbers) {
          json.writeNumber(number);
        }
        json.writeEndArray();
      }
      default -> json.writeString(value.toString());
    }
  }
}
