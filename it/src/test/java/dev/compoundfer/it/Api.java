package dev.compoundfer.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
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
