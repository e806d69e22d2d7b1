package org.ceasefire.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load generator's raw HTTP/1.1 client against real servers on loopback. */
class WireTest {

  private HttpServer server;
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/chunked",
        x -> {
          clientPorts.add(x.getRemoteAddress().getPort());
          seen.add(x.getRequestHeaders().getFirst("Cookie"));
          x.sendResponseHeaders(200, 0); // 0: chunked
          try (OutputStream out = x.getResponseBody()) {
            byte[] block = new byte[1000];
            for (int i = 0; i < 100; i++) {
              out.write(block);
              out.flush();
            }
          }
        });
    server.createContext(
        "/form",
        x -> {
          clientPorts.add(x.getRemoteAddress().getPort());
          seen.add(
              x.getRequestMethod()
                  + " "
                  + x.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          x.getResponseHeaders().add("Location", "/incidents/42");
          x.sendResponseHeaders(302, -1); // -1: no body, Content-Length 0
          x.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void readsWholeChunkedAnswersAndKeepsTheConnectionForTheNext() throws Exception {
    Wire wire = new Wire(serve(), "SESSION=abc; XSRF=1", 5_000);
    for (int i = 0; i < 5; i++) {
      Wire.Answer a = wire.send("/chunked?i=" + i, null);
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.bytes()).isEqualTo(100_000);
    }
    assertThat(clientPorts).hasSize(1);
    assertThat(seen).containsOnly("SESSION=abc; XSRF=1");
    wire.close();
  }

  @Test
  void postsAFormAndReadsTheRedirect() throws Exception {
    Wire wire = new Wire(serve(), "", 5_000);
    Wire.Answer a = wire.send("/form", LoadSession.formBody(java.util.Map.of("q", "a b&c")));
    assertThat(a.status()).isEqualTo(302);
    assertThat(a.location()).isEqualTo("/incidents/42");
    assertThat(a.bytes()).isZero();
    assertThat(seen).containsExactly("POST application/x-www-form-urlencoded q=a+b%26c");
    assertThat(wire.send("/chunked", null).bytes()).isEqualTo(100_000);
    assertThat(clientPorts).hasSize(1);
  }

  /** A server that answers one request per connection, then closes it without saying so. */
  @Test
  void aGetOnAKeptConnectionTheServerClosedIsSentAgainOnAFreshOne() throws Exception {
    try (ServerSocket listener =
        new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<Integer> accepted = new CopyOnWriteArrayList<>();
      Thread t =
          new Thread(
              () -> {
                for (int n = 0; n < 3; n++) {
                  try (Socket s = listener.accept()) {
                    accepted.add(s.getPort());
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    while (!in.readLine().isEmpty()) {}
                    s.getOutputStream()
                        .write(
                            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                                .getBytes(StandardCharsets.US_ASCII));
                  } catch (Exception e) {
                    return;
                  }
                }
              });
      t.start();
      Wire wire =
          new Wire(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/"), "", 5_000);
      for (int i = 0; i < 3; i++) {
        Wire.Answer a = wire.send("/", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.bytes()).isEqualTo(2);
      }
      t.join(5_000);
      assertThat(accepted).hasSize(3);
    }
  }
}
