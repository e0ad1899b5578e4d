package dev.compoundfer.core.fewshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeScoreTest {

  private static final Expression NEW = Expression.SADLY_ANGRY;
  private static final List<Expression> CLASSES = classes();

  @Test
  void aModelThatAlwaysAnswersTheNewClassHasFullNewClassRecallButLowSevenWayAccuracy() {
    // Given two test images of each of the 7 classes and a model that always puts the new class on top
    List<Expression> truth = new ArrayList<>();
    CLASSES.forEach(c -> truth.addAll(List.of(c, c)));
    float[][] logits = new float[truth.size()][];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = oneHot(6);
    }

    EpisodeScore score = EpisodeScore.of(CLASSES, truth, logits);

    assertEquals(1.0, score.newClassRecall(), 1e-12, "reference figure");
    assertEquals(2.0 / 14, score.sevenWay(), 1e-12, "only the 2 new-class images are right");
    assertEquals(0.0, score.basic(), 1e-12);
    assertTrue(score.sevenWay() <= score.newClassRecall());
  }

  @Test
  void aModelThatGetsHalfTheBasicImagesRightIsScoredOnEachFigure() {
    // Given one image per class; the model answers right for the new class and for Happy, Sad, Angry only
    List<Expression> truth = CLASSES;
    float[][] logits = new float[7][];
    for (int i = 0; i < 7; i++) {
      logits[i] = i < 3 || i == 6 ? oneHot(i) : oneHot(6);
    }

    EpisodeScore score = EpisodeScore.of(CLASSES, truth, logits);

    assertEquals(1.0, score.newClassRecall(), 1e-12);
    assertEquals(4.0 / 7, score.sevenWay(), 1e-12);
    assertEquals(3.0 / 6, score.basic(), 1e-12);
  }

  private static float[] oneHot(int index) {
    float[] row = new float[7];
    row[index] = 5f;
    return row;
  }

  private static List<Expression> classes() {
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(NEW);
    return List.copyOf(classes);
  }
}
