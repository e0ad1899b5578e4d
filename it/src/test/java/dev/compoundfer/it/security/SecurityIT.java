package dev.compoundfer.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks the role matrix: every REST resource and method, and the console pages, for each role and for an anonymous
 * caller. Allowed calls get what the resource answers a legitimate caller (bodies are chosen so nothing heavy
 * starts: an invalid experiment, an unknown id), forbidden ones 403, anonymous ones 401 with a problem body on the
 * API and a redirect to the login page on the console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  private static final String ADMIN = "fer-admin";
  private static final String MANAGER = "fer-manager";
  private static final String CLIENT = "fer-client";
  private static final long NONE = 987654321L;

  private static Map<String, Api> callers;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  /** One call of the matrix: what an allowed caller gets, and which roles are allowed. */
  record Call(String method, String path, String json, int allowedStatus, Set<String> roles) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final List<Call> MATRIX = List.of(
      new Call("GET", "api/v1/experiments", null, 200, Set.of(ADMIN, MANAGER)),
      new Call("POST", "api/v1/experiments", "{\"name\": \"never\", \"subjects\": -1}", 400, Set.of(ADMIN)),
      new Call("GET", "api/v1/experiments/" + NONE, null, 404, Set.of(ADMIN, MANAGER)),
      new Call("GET", "api/v1/experiments/" + NONE + "/replay-set", null, 400, Set.of(ADMIN, MANAGER)),
      new Call("GET", "api/v1/experiments/" + NONE + "/accuracy-matrix", null, 400, Set.of(ADMIN, MANAGER)),
      new Call("GET", "api/v1/experiments/" + NONE + "/report", null, 404, Set.of(ADMIN, MANAGER)),
      new Call("POST", "api/v1/experiments/" + NONE + "/stop", "", 400, Set.of(ADMIN)),
      new Call("POST", "api/v1/experiments/" + NONE + "/restart", "", 400, Set.of(ADMIN)),
      new Call("POST", "api/v1/experiments/" + NONE + "/abandon", "", 400, Set.of(ADMIN)),
      new Call("GET", "api/v1/models", null, 200, Set.of(ADMIN, MANAGER)),
      new Call("POST", "api/v1/models/" + NONE + "/activate", "", 400, Set.of(ADMIN)),
      new Call("GET", "api/v1/schedules", null, 200, Set.of(ADMIN, MANAGER)),
      new Call("POST", "api/v1/schedules", "{\"name\": \"never\", \"calendar\": \"never\"}", 400, Set.of(ADMIN)),
      new Call("POST", "api/v1/schedules/" + NONE + "/pause", "", 400, Set.of(ADMIN)),
      new Call("POST", "api/v1/schedules/" + NONE + "/resume", "", 400, Set.of(ADMIN)),
      new Call("DELETE", "api/v1/schedules/" + NONE, null, 400, Set.of(ADMIN)),
      new Call("GET", "api/v1/datasets", null, 200, Set.of(ADMIN, MANAGER)),
      new Call("GET", "api/v1/datasets/" + NONE, null, 404, Set.of(ADMIN, MANAGER)),
      new Call("POST", "api/v1/datasets", "{\"name\": \"never\", \"reader\": \"none\"}", 400, Set.of(ADMIN)),
      new Call("GET", "api/v1/users", null, 200, Set.of(ADMIN)),
      new Call("POST", "api/v1/users", "{\"username\": \"no body\", \"password\": \"x\", \"roles\": []}", 400,
          Set.of(ADMIN)),
      new Call("PUT", "api/v1/users/nobody-" + NONE + "/password", "{\"password\": \"long enough 123\"}", 400,
          Set.of(ADMIN)),
      new Call("DELETE", "api/v1/users/nobody-" + NONE, null, 400, Set.of(ADMIN)));

  @BeforeAll
  static void users() {
    callers = Map.of(
        ADMIN, new Api(),
        MANAGER, Api.user("it-manager", "it-manager-password", MANAGER),
        CLIENT, Api.user("it-client", "it-client-password", CLIENT));
  }

  @Test
  void eachRoleGetsExactlyItsShareOfTheApi() {
    List<String> wrong = new ArrayList<>();
    for (Call call : MATRIX) {
      for (var caller : callers.entrySet()) {
        Answer answer = caller.getValue().send(call.method(), call.path(), call.json());
        int expected = call.roles().contains(caller.getKey()) ? call.allowedStatus() : 403;
        if (answer.status() != expected) {
          wrong.add(caller.getKey() + " " + call + ": " + answer.status() + " (expected " + expected + ") "
              + answer.body());
        } else if (expected == 403) {
          assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), call.toString());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void recognitionIsForClientsAndAdministratorsOnly() {
    byte[] notAnImage = "not an image".getBytes();
    // Allowed callers get past security to the image check (400); a manager is stopped before it.
    assertEquals(400, callers.get(ADMIN).postBytes("api/v1/recognitions", "image/png", notAnImage).status());
    assertEquals(400, callers.get(CLIENT).postBytes("api/v1/recognitions", "image/png", notAnImage).status());
    assertEquals(403, callers.get(MANAGER).postBytes("api/v1/recognitions", "image/png", notAnImage).status());
    assertEquals(401, Api.anonymous().postBytes("api/v1/recognitions", "image/png", notAnImage).status());
  }

  @Test
  void anonymousRestCallsGet401WithAProblemBodyAndNeverTheLoginPage() {
    Api anonymous = Api.anonymous();
    for (Call call : MATRIX) {
      Answer answer = anonymous.send(call.method(), call.path(), call.json());
      assertEquals(401, answer.status(), call + ": " + answer.body());
      assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), call.toString());
      assertEquals(401, answer.object().get("status").getAsInt(), call.toString());
      assertTrue(answer.header("WWW-Authenticate").startsWith("Basic "), call.toString());
    }
  }

  @Test
  void aWrongPasswordOrAnUnknownUserIsRefused() {
    assertEquals(401, new Api(Api.ADMIN, "wrong-password-123").get("api/v1/experiments").status());
    assertEquals(401, new Api("nobody-" + NONE, "whatever-password").get("api/v1/experiments").status());
  }

  @Test
  void theHealthCheckStaysOpen() {
    assertEquals(200, Api.anonymous().get("api/v1/health").status());
  }

  @Test
  void consolePagesNeedAConsoleUser() {
    Answer anonymous = Api.anonymous().get("index.xhtml");
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.header("Location").endsWith("/compound-fer/login.xhtml"), anonymous.header("Location"));
    assertEquals(200, Api.anonymous().get("login.xhtml").status(), "the login page is open");

    assertEquals(200, new Api().page("index.xhtml").status());
    assertEquals(200, callers.get(MANAGER).page("index.xhtml").status());
    Api client = new Api("it-client", "it-client-password");
    assertEquals(302, client.logIn().status(), "a client can log in");
    assertEquals(403, client.page("index.xhtml").status(), "but the console is not for programs");
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPageWithAMessage() {
    Answer login = new Api(Api.ADMIN, "wrong-password-123").logIn();
    assertEquals(200, login.status());
    assertTrue(login.body().contains("The user name or password is wrong."), login.body());
  }

  @Test
  void loginContinuesToThePageAskedForAndLogoutEndsTheSession() {
    Api admin = new Api();
    assertEquals(302, admin.get("index.xhtml?from=bookmark").status(), "Basic credentials do not log in to the console");
    Answer login = admin.logIn();
    assertEquals(302, login.status());
    assertTrue(login.header("Location").endsWith("/compound-fer/index.xhtml?from=bookmark"), login.header("Location"));
  }

  @Test
  void anAjaxRequestWithoutASessionIsToldToRedirectToTheLoginPage() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(Api.BASE + "index.xhtml"))
            .header("Faces-Request", "partial/ajax")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
            .build(),
        BodyHandlers.ofString());
    assertEquals(200, answer.statusCode());
    assertNotNull(answer.headers().firstValue("Content-Type").orElse(null));
    assertTrue(answer.body().contains("<redirect url=\"/compound-fer/login.xhtml\"/>"), answer.body());
  }

  @Test
  void administratorsManageUsersAndPasswordsNeverComeBack() {
    Api admin = new Api();
    admin.delete("api/v1/users/it-temporary");
    Answer created = admin.postJson("api/v1/users",
        "{\"username\": \"it-temporary\", \"password\": \"first-password-1\", \"roles\": [\"fer-manager\"]}");
    assertEquals(201, created.status(), created.body());
    assertTrue(!created.body().contains("password") && !created.body().contains("first-password-1"),
        created.body());
    assertEquals(200, new Api("it-temporary", "first-password-1").get("api/v1/experiments").status());

    Answer changed = admin.putJson("api/v1/users/it-temporary/password", "{\"password\": \"second-password-2\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals(401, new Api("it-temporary", "first-password-1").get("api/v1/experiments").status(),
        "the old password no longer works, although it was just remembered");
    assertEquals(200, new Api("it-temporary", "second-password-2").get("api/v1/experiments").status());

    Answer listed = admin.get("api/v1/users");
    assertTrue(listed.body().contains("it-temporary") && !listed.body().contains("second-password-2")
        && !listed.body().toLowerCase().contains("hash"), listed.body());

    assertEquals(400, admin.postJson("api/v1/users",
        "{\"username\": \"it-short\", \"password\": \"short\", \"roles\": [\"fer-client\"]}").status(),
        "short passwords are refused");
    assertEquals(400, admin.postJson("api/v1/users",
        "{\"username\": \"it-odd\", \"password\": \"long-enough-123\", \"roles\": [\"root\"]}").status(),
        "unknown roles are refused");

    assertEquals(204, admin.delete("api/v1/users/it-temporary").status());
    assertEquals(401, new Api("it-temporary", "second-password-2").get("api/v1/experiments").status());
    assertEquals(400, admin.delete("api/v1/users/admin").status(), "the last administrator stays");
  }
}
