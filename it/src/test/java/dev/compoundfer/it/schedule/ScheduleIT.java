package dev.compoundfer.it.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.io.File;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Schedules start experiments on their calendar; paused ones start none; deleted ones are gone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleIT {
  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void startsExperimentsOnItsCalendarUntilPausedAndIsGoneOnceDeleted() throws Exception {
    Answer created = api.postJson("api/v1/schedules", """
        {"name": "it nightly", "calendar": "*/5 * * * * *",
         "experiment": {"subjects": 6, "imageSize": 16, "teacherEpochs": 1, "incrementEpochs": 1,
                        "increments": 1, "shots": "1", "fewShotClasses": 1, "device": "cpu"}}""");
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();

    JsonObject fired = awaitSchedule(id, s -> s.has("lastExperimentId"), Duration.ofSeconds(40));
    long experiment = fired.get("lastExperimentId").getAsLong();
    assertTrue(api.get("api/v1/experiments/" + experiment).object().get("name").getAsString()
        .startsWith("it nightly"), "the started experiment is named after its schedule");

    JsonObject paused = api.postJson("api/v1/schedules/" + id + "/pause", "").object();
    assertTrue(paused.get("paused").getAsBoolean());
    assertFalse(paused.has("nextStart"), "a paused schedule has no timer: " + paused);
    Thread.sleep(2_000); // a firing that began before the pause may still finish starting its experiment
    long startedWhilePausedBefore = startedBy("it nightly");
    Thread.sleep(12_000);
    assertEquals(startedWhilePausedBefore, startedBy("it nightly"), "a paused schedule starts nothing");

    JsonObject resumed = api.postJson("api/v1/schedules/" + id + "/resume", "").object();
    assertFalse(resumed.get("paused").getAsBoolean());
    assertTrue(resumed.has("nextStart"), resumed.toString());

    int deleted = api.delete("api/v1/schedules/" + id).status();
    assertEquals(204, deleted);
    for (JsonElement s : api.get("api/v1/schedules").json().getAsJsonArray()) {
      assertFalse(s.getAsJsonObject().get("id").getAsLong() == id, "deleted schedule still listed");
    }
  }

  @Test
  void refusesACalendarThatIsNotOne() {
    Answer refused = api.postJson("api/v1/schedules", """
        {"name": "broken", "calendar": "every night", "experiment": {}}""");

    assertEquals(400, refused.status(), refused.body());
    assertEquals("calendar", refused.object().get("parameter").getAsString());
  }

  private long startedBy(String schedule) {
    long count = 0;
    for (JsonElement e : api.get("api/v1/experiments").json().getAsJsonArray()) {
      if (e.getAsJsonObject().get("name").getAsString().startsWith(schedule)) {
        count++;
      }
    }
    return count;
  }

  private JsonObject awaitSchedule(long id, java.util.function.Predicate<JsonObject> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      for (JsonElement s : api.get("api/v1/schedules").json().getAsJsonArray()) {
        if (s.getAsJsonObject().get("id").getAsLong() == id) {
          last = s.getAsJsonObject();
        }
      }
      if (last != null && condition.test(last)) {
        return last;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("Schedule " + id + " did not reach the state within " + timeout + "; last: " + last);
  }
}
