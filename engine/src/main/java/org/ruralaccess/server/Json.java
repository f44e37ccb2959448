package org.ruralaccess.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/**
 * The server's one JSON mapper: answers written with it, request bodies read with it strictly (an
 * unknown field, a wrong type or a missing value is a 400 naming the field).
 */
final class Json {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an answer as JSON", e);
    }
  }

  static void send(Context ctx, Object body) {
    send(ctx, 200, body);
  }

  /** Reads a request body into {@code type}; every problem is a 400 naming the field. */
  static <T> T read(Context ctx, Class<T> type) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest("body", "a JSON object is required");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("body", "a JSON object is required");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest(
          field(e), "unknown field; expected one of " + e.getKnownPropertyIds());
    } catch (InvalidFormatException e) {
      throw ApiException.badRequest(field(e), "'" + e.getValue() + "' is not of the right type");
    } catch (MismatchedInputException e) {
      throw ApiException.badRequest(field(e), "missing or of the wrong type");
    } catch (java.io.IOException e) {
      throw ApiException.badRequest("body", "not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  /** The JSON path of a field, e.g. {@code origins[2].lat}. */
  private static String field(MismatchedInputException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining());
    return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    // Jackson names the source as a byte array; the user needs the problem only
    return line.replaceAll("\\(for Object starting at.*", "").trim();
  }
}
