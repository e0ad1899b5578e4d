package dev.compoundfer.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** A small client of the deployed application's REST API, as any outside program would call it. */
public final class Api {
  public static final String BASE = "http://localhost:8080/compound-fer/";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A response: its status and body. */
  public record Answer(int status, String body) {
    public JsonElement json() {
      return JsonParser.parseString(body);
    }

    public JsonObject object() {
      return json().getAsJsonObject();
    }
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
  }

  /** A GET outside the application's context root (e.g. the server's {@code /openapi}). */
  public Answer getAbsolute(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  public Answer postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json)));
  }

  public Answer postBytes(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofByteArray(body)));
  }

  /** A response read as bytes (images), with its headers. */
  public record BinaryAnswer(int status, String contentType, byte[] body, HttpHeaders headers) {}

  /** Posts images as {@code multipart/form-data}, one part per image, each named {@code image}. */
  public Answer postMultipart(String path, List<byte[]> images) {
    String boundary = "fer-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < images.size(); i++) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + i
          + ".png\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(images.get(i));
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return send(HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Posts bytes and reads the answer as bytes, asking for {@code accept}. */
  public BinaryAnswer postForBytes(String path, String contentType, String accept, byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
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

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
