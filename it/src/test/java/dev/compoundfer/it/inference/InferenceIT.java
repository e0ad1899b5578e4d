package dev.compoundfer.it.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import dev.compoundfer.it.Api.BinaryAnswer;
import dev.compoundfer.it.inference.TrainedModels.Versions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recognition, batches, explanations, model switches and the OpenAPI document, over HTTP against the real EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InferenceIT {
  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void recognisesOneImageAndABatchWithTheActiveModelVersion() throws Exception {
    Versions versions = TrainedModels.ensure(api);
    TrainedModels.activate(api, versions.teacher());
    byte[] face = Images.face("png", 48, 1);

    Answer single = api.postBytes("api/v1/recognitions", "image/png", face);
    Answer batch = api.postMultipart("api/v1/recognitions",
        List.of(Images.face("jpg", 48, 2), face, Images.face("png", 40, 3)));

    assertEquals(200, single.status(), single.body());
    JsonObject answer = single.object();
    assertEquals(versions.teacher(), answer.get("modelVersion").getAsLong());
    JsonObject probabilities = answer.getAsJsonObject("probabilities");
    assertEquals(Set.of("happy", "sad", "angry", "surprised", "disgusted", "fearful"), probabilities.keySet(),
        "the teacher knows the six basic classes");
    assertTrue(probabilities.has(answer.get("label").getAsString()));
    assertEquals(1.0, probabilities.entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).sum(), 1e-4);
    assertFalse(answer.get("faceCropped").getAsBoolean(), "a 48-pixel image is a face crop already");
    assertTrue(answer.get("millis").getAsDouble() > 0);

    assertEquals(200, batch.status(), batch.body());
    JsonArray answers = batch.json().getAsJsonArray();
    assertEquals(3, answers.size(), "one answer per part");
    JsonObject sameImage = answers.get(1).getAsJsonObject();
    assertEquals(answer.get("label"), sameImage.get("label"), "part 2 is the single image");
    assertEquals(probabilities.get("happy").getAsDouble(),
        sameImage.getAsJsonObject("probabilities").get("happy").getAsDouble(), 1e-4);
  }

  @Test
  void explainsAnImageAsAPngOverlayOrAsJson() throws Exception {
    Versions versions = TrainedModels.ensure(api);
    TrainedModels.activate(api, versions.teacher());
    byte[] face = Images.face("png", 64, 4);

    BinaryAnswer png = api.postForBytes("api/v1/explanations", "image/png", "image/png", face);
    BinaryAnswer json = api.postForBytes("api/v1/explanations", "image/png", "application/json", face);

    assertEquals(200, png.status(), new String(png.body()));
    assertEquals("image/png", png.contentType());
    BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertEquals(24, overlay.getWidth(), "the map covers the network's 24-pixel input");
    String label = png.headers().firstValue("Fer-Label").orElseThrow();
    assertEquals(String.valueOf(versions.teacher()), png.headers().firstValue("Fer-Model-Version").orElseThrow());

    assertEquals(200, json.status(), new String(json.body()));
    JsonObject explanation = JsonParser.parseString(new String(json.body())).getAsJsonObject();
    assertEquals(label, explanation.get("label").getAsString(), "both forms explain the same prediction");
    assertArrayEquals(png.body(), Base64.getDecoder().decode(explanation.get("overlayPng").getAsString()),
        "the same overlay, base64");
  }

  @Test
  void switchesVersionsWhileCallersKeepGettingAnswers() throws Exception {
    Versions versions = TrainedModels.ensure(api);
    TrainedModels.activate(api, versions.teacher());
    byte[] face = Images.face("png", 32, 5);
    AtomicBoolean switched = new AtomicBoolean();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    List<Future<List<Answer>>> results = new ArrayList<>();
    try {
      for (int c = 0; c < 4; c++) {
        results.add(callers.submit(() -> {
          List<Answer> answers = new ArrayList<>();
          // Keep calling until a few answers after the switch have come back.
          int afterSwitch = 0;
          while (afterSwitch < 5 && answers.size() < 2000) {
            answers.add(api.postBytes("api/v1/recognitions", "image/png", face));
            afterSwitch += switched.get() ? 1 : 0;
          }
          return answers;
        }));
      }
      Thread.sleep(300);
      TrainedModels.activate(api, versions.increment());
      switched.set(true);

      Set<Long> versionsSeen = new HashSet<>();
      for (Future<List<Answer>> result : results) {
        List<Answer> answers = result.get();
        for (Answer a : answers) {
          assertEquals(200, a.status(), "no request fails during the switch: " + a.body());
          versionsSeen.add(a.object().get("modelVersion").getAsLong());
        }
        JsonObject last = answers.get(answers.size() - 1).object();
        assertEquals(versions.increment(), last.get("modelVersion").getAsLong(), "new calls use the new version");
        assertEquals(7, last.getAsJsonObject("probabilities").size(), "the increment knows one compound class more");
      }
      assertTrue(Set.of(versions.teacher(), versions.increment()).containsAll(versionsSeen), versionsSeen.toString());
    } finally {
      callers.shutdownNow();
    }
  }

  /**
   * A client of the HTTPS listener that offers HTTP/2 and HTTP/1.1 (ALPN, as browsers and the JDK's HttpClient do) is
   * given HTTP/1.1. Under Payara's HTTP/2 every request with a body (an upload, a JSF ajax POST) stayed on the
   * connection until the client closed it, about 20 KB of heap each (docs/benchmarks.md, "Inference service");
   * scripts/payara-https-http1 switches it off for the test domain as for ./fer's.
   */
  @Test
  void negotiatesHttp11OnTheHttpsListener() throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new X509TrustManager() { // the domain's self-signed certificate
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }}, null);
    try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("localhost", 8181)) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setApplicationProtocols(new String[] {"h2", "http/1.1"});
      socket.setSSLParameters(parameters);
      socket.setSoTimeout(30_000);
      socket.startHandshake();

      // With HTTP/2 on, the server picks "h2"; without, it picks "http/1.1" or nothing (no ALPN answer is HTTP/1.1).
      assertNotEquals("h2", socket.getApplicationProtocol(), "the protocol the server chose through ALPN");
      OutputStream out = socket.getOutputStream();
      out.write(("GET /compound-fer/api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.contains("\"UP\""), answer);
    }
  }

  @Test
  void publishesAnOpenApiDocumentListingTheInferencePaths() {
    Answer document = api.getAbsolute("http://localhost:8080/openapi");

    assertEquals(200, document.status(), document.body());
    assertTrue(document.body().contains("/v1/recognitions:"), document.body());
    assertTrue(document.body().contains("/v1/explanations:"), document.body());
    assertTrue(document.body().contains("multipart/form-data"), "the batch form is documented");
    assertTrue(document.body().contains("application/problem+json"), "the error bodies are documented");
  }
}
