package org.ceasefire.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;

/**
 * The keep-alive HTTP/1.1 connections of one signed-in session, spoken over plain blocking sockets.
 * The load generator runs on the machine it measures, so what it costs per request is taken from
 * the server: the JDK's {@code HttpClient} spent about 4 ms of CPU on each request of the mix, this
 * about a tenth of that. It sends the session's cookies with every request, reads the whole answer
 * (Content-Length or chunked), keeps the connection for the next request unless the server closes
 * it, does not reuse one idle for more than 10 s (the server closes idle keep-alive connections),
 * and retries a GET once on a fresh connection when a kept one turns out to be closed before it
 * answered a byte.
 */
final class Wire {

  /** What the load test needs of an answer: its status, where it redirects, how big it was. */
  record Answer(int status, @Nullable String location, long bytes) {}

  private final String host;
  private final int port;
  private final String cookies;
  private final int timeoutMillis;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  /** A connection idle longer is closed rather than used: the server may be closing it too. */
  private static final long MAX_IDLE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  Wire(URI base, String cookies, int timeoutMillis) {
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
    this.cookies = cookies;
    this.timeoutMillis = timeoutMillis;
  }

  /** Sends a GET, or a form POST when {@code form} is given, and reads the whole answer. */
  Answer send(String pathAndQuery, @Nullable String form) throws IOException {
    byte[] request = request(pathAndQuery, form);
    Connection kept = idle.pollFirst();
    while (kept != null && System.nanoTime() - kept.lastUsed > MAX_IDLE_NANOS) {
      kept.close(); // the server may be closing it as we write: Tomcat's keep-alive time-out is 20
      // s
      kept = idle.pollFirst();
    }
    if (kept != null) {
      try {
        return exchange(kept, request);
      } catch (NothingAnswered e) {
        kept.close();
        if (form != null) { // a POST is not sent twice
          throw e;
        }
      }
    }
    return exchange(open(), request);
  }

  /** Closes the idle connections. */
  void close() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      c.close();
    }
  }

  private Answer exchange(Connection c, byte[] request) throws IOException {
    boolean keep = false;
    try {
      try {
        c.out.write(request);
        c.out.flush();
      } catch (IOException e) { // a kept connection the server closed: reset or broken pipe
        throw new NothingAnswered();
      }
      Read read = read(c.in);
      keep = !read.closes();
      c.lastUsed = System.nanoTime();
      return read.answer();
    } finally {
      if (keep) {
        idle.offerFirst(c);
      } else {
        c.close();
      }
    }
  }

  /** An answer, and whether the server closes the connection after it. */
  private record Read(Answer answer, boolean closes) {}

  private static Read read(InputStream in) throws IOException {
    String status = line(in, true);
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String location = null;
    for (String h = line(in, false); !h.isEmpty(); h = line(in, false)) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        throw new IOException("not a header: " + h);
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "location" -> location = value;
        default -> {}
      }
    }
    long bytes;
    if (chunked) {
      bytes = 0;
      for (long size = chunkSize(line(in, false)); size > 0; size = chunkSize(line(in, false))) {
        skip(in, size);
        bytes += size;
        if (!line(in, false).isEmpty()) {
          throw new IOException("a chunk not followed by its line end");
        }
      }
      while (!line(in, false).isEmpty()) {} // trailers
    } else if (length >= 0) {
      skip(in, length);
      bytes = length;
    } else if (code == 204 || code == 304 || (code >= 100 && code < 200)) {
      bytes = 0;
    } else { // the body runs to the end of the connection
      bytes = 0;
      while (in.read() >= 0) {
        bytes++;
      }
      close = true;
    }
    return new Read(new Answer(code, location, bytes), close);
  }

  private Connection open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.connect(new InetSocketAddress(host, port), 5_000);
    s.setSoTimeout(timeoutMillis);
    return new Connection(s);
  }

  private byte[] request(String pathAndQuery, @Nullable String form) {
    StringBuilder r = new StringBuilder(256);
    r.append(form == null ? "GET " : "POST ").append(pathAndQuery).append(" HTTP/1.1\r\n");
    r.append("Host: ").append(host).append(':').append(port).append("\r\n");
    r.append("User-Agent: ceasefire-load\r\n");
    if (!cookies.isEmpty()) {
      r.append("Cookie: ").append(cookies).append("\r\n");
    }
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
    if (form != null) {
      r.append("Content-Type: application/x-www-form-urlencoded\r\n");
      r.append("Content-Length: ").append(body.length).append("\r\n");
    }
    r.append("\r\n");
    byte[] head = r.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static long chunkSize(String line) throws IOException {
    int semicolon = line.indexOf(';');
    try {
      return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    } catch (NumberFormatException e) {
      throw new IOException("not a chunk size: " + line);
    }
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("the answer ended " + left + " bytes early");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /** One line without its CRLF; the first line of an answer tells nothing-answered apart. */
  private static String line(InputStream in, boolean first) throws IOException {
    StringBuilder s = new StringBuilder(64);
    int b;
    while ((b = first && s.length() == 0 ? firstByte(in) : in.read()) >= 0) {
      if (b == '\n') {
        int end = s.length();
        return end > 0 && s.charAt(end - 1) == '\r' ? s.substring(0, end - 1) : s.toString();
      }
      s.append((char) b);
    }
    if (first && s.length() == 0) {
      throw new NothingAnswered();
    }
    throw new EOFException("the answer ended inside a line");
  }

  private static int firstByte(InputStream in) throws IOException {
    try {
      return in.read();
    } catch (java.net.SocketException e) { // reset before a byte of the answer
      throw new NothingAnswered();
    }
  }

  /** The connection ended before the answer's first byte: a kept connection the server closed. */
  private static final class NothingAnswered extends IOException {
    NothingAnswered() {
      super("the connection closed before an answer");
    }
  }

  private static final class Connection {
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    volatile long lastUsed = System.nanoTime();

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      this.out = new BufferedOutputStream(socket.getOutputStream(), 4 * 1024);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a connection to be dropped: nothing to do about it
      }
    }
  }
}
