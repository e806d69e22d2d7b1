package org.ceasefire.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefire.demo.DemoSecondFactor;
import org.jspecify.annotations.Nullable;

/**
 * One signed-in browser session of a demo user: its own cookie jar, signed in as a person would —
 * the password form, then the second-factor form with the current TOTP code — and the form token
 * (CSRF) the pages carry, sent with every POST.
 */
final class LoadSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final String username;
  private final URI base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private volatile String csrf = "";
  private volatile @Nullable Wire wire;

  LoadSession(URI base, String username, Executor executor) {
    this.base = base;
    this.username = username;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
  }

  /**
   * The session's own connections for the measured requests, carrying the cookies it holds now
   * (after {@link #signIn}, the signed-in session's).
   */
  Wire wire() {
    Wire w = wire;
    if (w == null) {
      StringJoiner header = new StringJoiner("; ");
      cookies.getCookieStore().get(base).forEach(c -> header.add(c.getName() + "=" + c.getValue()));
      w = new Wire(base, header.toString(), 30_000);
      wire = w;
    }
    return w;
  }

  String csrf() {
    return csrf;
  }

  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery);
  }

  /** Signs in with the password and the demo second factor; fails with what the server said. */
  void signIn(String password) throws IOException, InterruptedException {
    csrf = token(get("/login"), "/login");
    HttpResponse<String> login =
        post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    String next = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || !next.endsWith("/mfa")) {
      throw new IOException(username + ": the password was refused (" + next + ")");
    }
    csrf = token(get("/mfa"), "/mfa");
    String code = DemoSecondFactor.currentCode(Instant.now());
    HttpResponse<String> mfa = post("/mfa", Map.of("code", code, "_csrf", csrf));
    String after = mfa.headers().firstValue("Location").orElse("");
    if (mfa.statusCode() != 302 || after.contains("mfa") || after.contains("login")) {
      throw new IOException(username + ": the second factor was refused (" + after + ")");
    }
    // the session id and its form token change when sign-in completes: read the new token
    csrf = token(get("/"), "/"); // the sign-out form on every page carries it
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return client.send(formPost(path, form), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest formPost(String path, Map<String, String> form) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
        .build();
  }

  /** A form's fields as an {@code application/x-www-form-urlencoded} body. */
  static String formBody(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  private static String token(HttpResponse<String> page, String path) throws IOException {
    Matcher m = CSRF.matcher(page.body());
    if (page.statusCode() != 200 || !m.find()) {
      throw new IOException(path + " answered " + page.statusCode() + " without a form token");
    }
    return m.group(1);
  }
}
