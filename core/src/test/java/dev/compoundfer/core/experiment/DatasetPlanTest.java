package dev.compoundfer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetPlanTest {
  private static final List<Expression> CLASSES =
      List.of(Expression.HAPPY, Expression.SAD, Expression.HAPPILY_SURPRISED);
  private static final int SUBJECTS = 5;

  @TempDir Path dir;

  @Test
  void aFolderDatasetIsPreparedAndLoadedWithTheFolderReaderAndSplitBySubject() throws IOException {
    Path folders = writeClassFolders(dir.resolve("faces"));

    DatasetPlan plan = DatasetPlan.prepare("folders:" + folders, dir.resolve("datasets"), 0, 24, 3);

    assertEquals("folders", plan.reader());
    assertEquals(folders, plan.manifest());
    assertEquals(SUBJECTS * CLASSES.size(), plan.sampleCount());
    Set<String> subjects = new HashSet<>(plan.split().train());
    subjects.addAll(plan.split().validation());
    subjects.addAll(plan.split().test());
    assertEquals(SUBJECTS, subjects.size(), "a file's stem is its subject, shared across the class folders");

    Workspace workspace = Workspace.create(dir.resolve("work"));
    workspace.savePlan(plan);
    ExperimentData data = Workspace.open(dir.resolve("work")).load(TrainingConfig.defaults(24, 1));
    assertEquals(SUBJECTS * CLASSES.size(), data.train().size() + data.validation().size() + data.test().size(),
        "the job's later steps read the same folders");
    assertEquals(plan.split().test().size() * CLASSES.size(), data.test().size());
    assertEquals(SUBJECTS * CLASSES.size(), Workspace.open(dir.resolve("work")).samples().samples().size(),
        "the console finds example images through the same plan");
  }

  @Test
  void aReaderNameThatIsNotKnownIsReadAsPartOfAManifestPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatasetPlan.prepare("pictures:" + dir.resolve("none.csv"), dir.resolve("datasets"), 0, 24, 3));
    assertTrue(e.getMessage().contains("pictures:"), "the whole value is the manifest's path: " + e.getMessage());
  }

  private static Path writeClassFolders(Path root) throws IOException {
    SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults().withImageSize(24).withSeed(1));
    for (Expression expression : CLASSES) {
      Path folder = Files.createDirectories(root.resolve(expression.name().toLowerCase(Locale.ROOT)));
      for (int subject = 1; subject <= SUBJECTS; subject++) {
        ImageIO.write(faces.render(subject, expression), "png", folder.resolve("s" + subject + ".png").toFile());
      }
    }
    return root;
  }
}
