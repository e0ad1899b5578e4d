package dev.compoundfer.core.fewshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FewShotEpisodeTest {

  private static final Expression NEW = Expression.HAPPILY_SURPRISED;

  @Test
  void choosesShotsOfTheNewClassAmongTheTrainingImagesOnly() {
    List<Example> train = images("train", 10, List.of(Expression.HAPPY, NEW, Expression.AWED));
    Set<String> trainingSubjects = train.stream().map(Example::subject).collect(Collectors.toSet());

    List<Example> shots = new FewShotEpisode(NEW, 5, 42L).chooseShots(train);

    assertEquals(5, shots.size());
    assertEquals(5, shots.stream().map(Example::ref).distinct().count(), "without replacement");
    shots.forEach(s -> assertEquals(NEW, s.expression(), s.ref()));
    shots.forEach(s -> assertTrue(trainingSubjects.contains(s.subject()), s.subject()));
  }

  @Test
  void theSameSeedChoosesTheSameShotsWhateverTheOrderOfTheTrainingSet() {
    List<Example> train = images("train", 20, List.of(Expression.SAD, NEW));
    List<Example> shuffled = new ArrayList<>(train);
    Collections.shuffle(shuffled, new Random(3));
    FewShotEpisode episode = new FewShotEpisode(NEW, 3, 7L);

    List<String> first = refs(episode.chooseShots(train));
    List<String> second = refs(episode.chooseShots(shuffled));

    assertEquals(first, second);
  }

  @Test
  void anotherSeedChoosesOtherShots() {
    List<Example> train = images("train", 20, List.of(NEW));

    List<String> seven = refs(new FewShotEpisode(NEW, 5, 7L).chooseShots(train));
    List<String> eight = refs(new FewShotEpisode(NEW, 5, 8L).chooseShots(train));

    assertNotEquals(seven, eight);
  }

  @Test
  void refusesBasicClassesShotCountsOtherThanOneThreeFiveAndTooFewImages() {
    List<Example> twoImages = images("train", 2, List.of(NEW));

    assertThrows(IllegalArgumentException.class, () -> new FewShotEpisode(Expression.HAPPY, 1, 1L));
    assertThrows(IllegalArgumentException.class, () -> new FewShotEpisode(NEW, 2, 1L));
    assertThrows(IllegalArgumentException.class, () -> new FewShotEpisode(NEW, 3, 1L).chooseShots(twoImages));
  }

  /** One image per subject and class; subjects are named after the set so that sets never share subjects. */
  private static List<Example> images(String set, int subjects, List<Expression> classes) {
    List<Example> out = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      for (Expression e : classes) {
        out.add(new Example(set + "/" + e.name() + "/" + s, e, set + "-s" + s, new float[] {s}));
      }
    }
    return out;
  }

  private static List<String> refs(List<Example> examples) {
    return examples.stream().map(Example::ref).toList();
  }
}
