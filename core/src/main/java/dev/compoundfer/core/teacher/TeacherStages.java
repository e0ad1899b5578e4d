package dev.compoundfer.core.teacher;

import dev.compoundfer.core.network.Freezing;

/**
 * How the teacher trains: in one stage (everything trains at {@code TrainingConfig.learningRate()}, right for a
 * network trained from scratch, whose random backbone gives a head nothing to learn from), or as the reference does
 * with a pretrained backbone (method.md §1.3 and §3.1): first the head alone, then fine-tuning from a stage on at a
 * lower learning rate, each stage with its own early stopping.
 *
 * <p>Stage 1 trains the head and classifier (backbone frozen, in inference mode) at the config's learning rate for
 * at most {@code headEpochs}. Stage 2 starts from stage 1's best weights with a fresh Adam at
 * {@code fineTuneLearningRate}, trains from {@code fineTuneFrom} on for at most the config's {@code maxEpochs}, and
 * keeps stage 1's best as the mark to beat: its restored weights are never worse on validation than stage 1's
 * (Keras restores each stage's own best, which can be below the first stage's).
 *
 * @param headEpochs epoch limit of the head stage; 0 = one stage, everything trains
 * @param fineTuneLearningRate Adam learning rate of the fine-tuning stage (reference 1e-6 after 1e-4)
 * @param fineTuneFrom first trainable stage while fine-tuning (reference {@code layers[86:]} = conv4)
 */
public record TeacherStages(int headEpochs, double fineTuneLearningRate, Freezing.Level fineTuneFrom) {

  public TeacherStages {
    if (headEpochs < 0) {
      throw new IllegalArgumentException("headEpochs must be >= 0, was " + headEpochs);
    }
    if (!(fineTuneLearningRate > 0)) {
      throw new IllegalArgumentException("fineTuneLearningRate must be > 0, was " + fineTuneLearningRate);
    }
    if (fineTuneFrom == null || fineTuneFrom == Freezing.Level.HEAD_ONLY) {
      throw new IllegalArgumentException("fineTuneFrom must be a backbone stage, was " + fineTuneFrom);
    }
  }

  /** One stage, the whole network trains from the start: the default for a network trained from scratch. */
  public static TeacherStages single() {
    return new TeacherStages(0, 1e-3, Freezing.Level.NONE);
  }

  /**
   * Head first for at most {@code headEpochs}, then fine-tuning from {@code fineTuneFrom} at the head stage's
   * learning rate divided by 100 (the reference's 1e-4 then 1e-6).
   */
  public static TeacherStages headThenFineTune(int headEpochs, double headLearningRate, Freezing.Level fineTuneFrom) {
    if (headEpochs < 1) {
      throw new IllegalArgumentException("headEpochs must be at least 1, was " + headEpochs);
    }
    return new TeacherStages(headEpochs, headLearningRate / 100, fineTuneFrom);
  }

  /** Whether a head stage comes first. */
  public boolean twoStages() {
    return headEpochs > 0;
  }
}
