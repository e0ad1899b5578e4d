package dev.compoundfer.ejb.inference;

import jakarta.ejb.Local;
import java.util.List;

/** The local view, for the web module and other beans of this application. */
@Local
public interface ExpressionRecognizer extends ExpressionRecognition {
  /**
   * Explains images with the newest model version an experiment registered (its teacher, or its last increment),
   * loaded for this call beside the serving model: an experiment's Grad-CAM gallery shows its own model, whichever
   * version is active.
   *
   * @throws NoActiveModelException if the experiment has registered no model yet
   */
  List<Explanation> explainWithExperimentModel(long experimentId, List<byte[]> images);
}
