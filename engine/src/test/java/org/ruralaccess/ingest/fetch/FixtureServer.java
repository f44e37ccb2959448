package org.ruralaccess.ingest.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for BODS and Geofabrik on 127.0.0.1: serves fixture bytes at paths, with a
 * status and content type, and remembers the User-Agent of each request.
 */
final class FixtureServer implements AutoCloseable {

  private final HttpServer server;
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.start();
  }

  FixtureServer serve(String path, int status, String contentType, byte[] body) {
    server.createContext(
        path,
        exchange -> {
          userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    return this;
  }

  /** Any behaviour: stalls, failures, ranges. */
  FixtureServer handle(String path, com.sun.net.httpserver.HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  FixtureServer redirect(String path, String location) {
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Location", location);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    return this;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** A port with nothing listening: bound, then released. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
