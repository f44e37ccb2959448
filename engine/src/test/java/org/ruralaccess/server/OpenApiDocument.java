package org.ruralaccess.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The served OpenAPI document, read for tests: its operations with their query parameters, and a
 * validator of an answer against the schema the document declares for that status and media type
 * (JSON Schema 2020-12, which OpenAPI 3.1 schemas are).
 */
final class OpenApiDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode document;

  private OpenApiDocument(JsonNode document) {
    this.document = document;
  }

  static OpenApiDocument load() throws IOException {
    try (InputStream in = RaeServer.class.getResourceAsStream(RaeServer.OPENAPI_RESOURCE)) {
      return new OpenApiDocument(JSON.readTree(in));
    }
  }

  String text() throws IOException {
    return JSON.writeValueAsString(document);
  }

  /** "get /api/runs/{name}" -> its query parameters' names. */
  Map<String, Set<String>> operations() {
    Map<String, Set<String>> operations = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        Set<String> query = new TreeSet<>();
        for (JsonNode parameter : method.getValue().path("parameters")) {
          JsonNode resolved = resolve(parameter);
          if (resolved.get("in").asText().equals("query")) {
            query.add(resolved.get("name").asText());
          }
        }
        operations.put(method.getKey() + " " + path.getKey(), query);
      }
    }
    return operations;
  }

  /**
   * The problems of {@code body} against the declared schema of the answer; empty when it conforms.
   *
   * @param path the path as the document writes it ({@code /api/runs/{name}})
   * @throws AssertionError when the document declares no such answer
   */
  List<String> problems(String method, String path, int status, String mediaType, JsonNode body) {
    JsonNode operation = document.path("paths").path(path).path(method);
    JsonNode response = resolve(operation.path("responses").path(Integer.toString(status)));
    JsonNode schema = response.path("content").path(mediaType).path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError(
          "the document declares no " + mediaType + " " + status + " for " + method + " " + path);
    }
    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.set("components", document.get("components"));
    wrapper.putArray("allOf").add(schema);
    Schema validator =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(wrapper.toString());
    return validator.validate(body).stream().map(Object::toString).toList();
  }

  private JsonNode resolve(JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    return document.at(node.get("$ref").asText().substring(1));
  }
}
