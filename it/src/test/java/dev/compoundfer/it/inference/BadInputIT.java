package dev.compoundfer.it.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import dev.compoundfer.it.inference.TrainedModels.Versions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of bad upload gets a problem document with a 4xx status, quickly, and the server answers the next good
 * request. Bounded memory is what the limits are for: no case below makes the server decode or hold more than
 * 20 MB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {
  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @BeforeEach
  void activeModel() throws Exception {
    Versions versions = TrainedModels.ensure(api);
    TrainedModels.activate(api, versions.teacher());
  }

  @Test
  void refusesAnEmptyBody() {
    assertProblem(400, "empty", api.postBytes("api/v1/recognitions", "image/png", new byte[0]));
  }

  @Test
  void refusesATruncatedJpeg() {
    assertProblem(400, "truncated", api.postBytes("api/v1/recognitions", "image/jpeg", Images.truncatedJpeg()));
  }

  @Test
  void refusesAPngThatClaimsFiftyThousandPixelsSquareWithoutDecodingIt() {
    Answer answer = api.postBytes("api/v1/recognitions", "image/png", Images.pngClaiming(50_000, 50_000));

    assertProblem(400, "50000 x 50000", answer);
  }

  @Test
  void refusesATextFile() {
    byte[] text = "name,expression\nalice,happy\n".getBytes(StandardCharsets.UTF_8);

    assertProblem(400, "not a JPEG, PNG, BMP or GIF", api.postBytes("api/v1/recognitions", "image/png", text));
  }

  @Test
  void refusesAThirtyMegabyteUpload() {
    byte[] huge = new byte[30 * 1024 * 1024];
    byte[] png = Images.face("png", 32, 1);
    System.arraycopy(png, 0, huge, 0, png.length);

    assertProblem(413, "20,971,520 bytes", api.postBytes("api/v1/recognitions", "image/png", huge));
  }

  @Test
  void refusesABatchOfTenThousandImages() {
    List<byte[]> images = Collections.nCopies(10_000, Images.face("png", 16, 1));

    assertProblem(413, "at most 64", api.postMultipart("api/v1/recognitions", images));
  }

  @Test
  void namesTheBadImageInABatch() {
    List<byte[]> images = List.of(Images.face("png", 32, 1), "not an image".getBytes(StandardCharsets.UTF_8));

    assertProblem(400, "Image 2", api.postMultipart("api/v1/recognitions", images));
  }

  @Test
  void explanationsRefuseBadInputTheSameWay() {
    assertProblem(400, "truncated", api.postBytes("api/v1/explanations", "image/jpeg", Images.truncatedJpeg()));
  }

  private void assertProblem(int status, String detailPart, Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.body().contains("\"title\""), answer.body());
    assertTrue(answer.body().contains(detailPart), "the detail says what is wrong: " + answer.body());
    assertFalse(answer.body().contains("at dev.compoundfer"), "no stack trace: " + answer.body());

    Answer next = api.postBytes("api/v1/recognitions", "image/png", Images.face("png", 32, 2));
    assertEquals(200, next.status(), "the server keeps serving: " + next.body());
  }
}
