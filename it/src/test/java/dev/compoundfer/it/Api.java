package dev.compoundfer.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small client of the deployed application, as any outside program would call it: the REST API with HTTP Basic
 * credentials, and console pages through the login form with a session cookie. {@code new Api()} is the first
 * administrator, whose password the test server gets from system-properties.properties.
 */
public final class Api {
  public static final String BASE = "http://localhost:8080/compound-fer/";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = serverProperty("fer.admin.initial-password");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  // Redirects are not followed: tests look at them (a page without login redirects to the login page). HTTP/1.1, not
  // the client's default h2c upgrade: Payara keeps every HTTP/2 request with a body on the connection until it closes
  // (README, troubleshooting), which would grow the server's heap under the tests and the inference benchmark.
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .cookieHandler(new CookieManager())
      .build();
  private final String username;
  private final String password;
  private boolean loggedIn;

  /** The first administrator. */
  public Api() {
    this(ADMIN, ADMIN_PASSWORD);
  }

  public Api(String username, String password) {
    this.username = username;
    this.password = password;
  }

  /** No credentials at all. */
  public static Api anonymous() {
    return new Api(null, null);
  }

  /** A response: its status, body and headers. */
  public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonElement json() {
      return JsonParser.parseString(body);
    }

    public JsonObject object() {
      return json().getAsJsonObject();
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A binary download: status, bytes and content type. */
  public record Download(int status, byte[] body, String contentType) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> response = http.send(request(path).GET().timeout(Duration.ofSeconds(60)).build(),
          BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET outside the application's context root (e.g. the server's {@code /openapi}). */
  public Answer getAbsolute(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  public Answer postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
  }

  public Answer putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
  }

  public Answer postBytes(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method, with an optional JSON body. */
  public Answer send(String method, String path, String json) {
    HttpRequest.Builder builder = request(path);
    if (json == null) {
      return send(builder.method(method, BodyPublishers.noBody()));
    }
    return send(builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json)));
  }

  /** A console page, logging in through the login form first (once per client). */
  public Answer page(String path) {
    if (!loggedIn && username != null) {
      Answer login = logIn();
      if (login.status() != 302) {
        throw new AssertionError("Logging in as " + username + " failed: " + login.status() + " " + login.body());
      }
    }
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
  }

  /** Fills in and submits the login form, as a browser would; a success answers 302 to the page wanted. */
  public Answer logIn() {
    Answer form = send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).GET());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (form.status() != 200 || !viewState.find()) {
      throw new AssertionError("No login form: " + form.status() + " " + form.body());
    }
    String body = Map.of(
            "login", "login",
            "login:username", username,
            "login:password", password,
            "login:submit", "",
            "jakarta.faces.ViewState", viewState.group(1))
        .entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    Answer answer = send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(body)));
    loggedIn = answer.status() == 302;
    return answer;
  }

  /** Creates the user as the administrator, or gives an existing one this password (tests rerun on one server). */
  public static Api user(String username, String password, String... roles) {
    Api admin = new Api();
    String rolesJson = java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
    Answer created = admin.postJson("api/v1/users", "{\"username\": \"" + username + "\", \"password\": \""
        + password + "\", \"roles\": [" + rolesJson + "]}");
    if (created.status() != 201) {
      Answer changed = admin.putJson("api/v1/users/" + username + "/password",
          "{\"password\": \"" + password + "\"}");
      if (changed.status() != 200 || !changed.body().contains(roles[0])) {
        throw new AssertionError("User " + username + " could not be set up: " + created.body() + changed.body());
      }
    }
    return new Api(username, password);
  }

  /** A response read as bytes (images), with its headers. */
  public record BinaryAnswer(int status, String contentType, byte[] body, HttpHeaders headers) {}

  /** Posts images as {@code multipart/form-data}, one part per image, each named {@code image}. */
  public Answer postMultipart(String path, java.util.List<byte[]> images) {
    String boundary = "fer-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < images.size(); i++) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + i
          + ".png\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(images.get(i));
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return send(request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Posts bytes and reads the answer as bytes, asking for {@code accept}. */
  public BinaryAnswer postForBytes(String path, String contentType, String accept, byte[] body) {
    HttpRequest request = request(path)
        .header("Content-Type", contentType)
        .header("Accept", accept)
        .POST(BodyPublishers.ofByteArray(body))
        .timeout(Duration.ofSeconds(60))
        .build();
    try {
      HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
      return new BinaryAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls an experiment until the condition holds, failing with its last state at the deadline. */
  public JsonObject awaitExperiment(long id, Predicate<JsonObject> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = get("api/v1/experiments/" + id).object();
      if (condition.test(last)) {
        return last;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("Experiment " + id + " did not reach the expected state within " + timeout
        + "; last state: " + last);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path));
    if (username != null) {
      String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A system property the managed server is started with (the same file Arquillian hands to Payara). */
  private static String serverProperty(String name) {
    try (InputStream in = Api.class.getResourceAsStream("/system-properties.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
