package dev.compoundfer.core.continual;

import dev.compoundfer.core.distillation.DistillationLoss;
import dev.compoundfer.core.distillation.GammaSchedule;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.StepLoss;

/** Which network an increment distils from, and how strongly. */
public sealed interface Distillation {

  /**
   * The step loss of one increment.
   *
   * @param increment 0-based index of the increment
   * @param teacher the frozen basic-expression teacher
   * @param previous the frozen student as it was before this increment, or null if {@link #needsPreviousModel()} is
   *     false
   * @param temperature softening temperature T
   */
  StepLoss loss(int increment, NetworkSession teacher, NetworkSession previous, double temperature);

  /** Whether {@link #loss} needs the student's copy from before the increment. */
  boolean needsPreviousModel();

  /**
   * The reference (method.md §3.3 step 7): the six basic classes of the frozen teacher, its logits zero-padded, with
   * weight {@code gamma_i} from the schedule.
   */
  record FromTeacher(GammaSchedule schedule) implements Distillation {
    @Override
    public StepLoss loss(int increment, NetworkSession teacher, NetworkSession previous, double temperature) {
      return new DistillationLoss(teacher, schedule.gamma(increment), temperature);
    }

    @Override
    public boolean needsPreviousModel() {
      return false;
    }
  }

  /**
   * Ours: every class learned so far, from the student's own copy before the increment (Learning without
   * Forgetting, iCaRL), over those k classes only, with weight {@code k / (k + 1)}, the share of old classes among
   * the classes seen (BiC, Wu et al. 2019). The reference distils only the six basic classes, so nothing holds the
   * compound classes of earlier increments but the few images in memory, and its weight decays from 0.1 as the old
   * classes grow.
   */
  record FromPreviousModel() implements Distillation {
    @Override
    public StepLoss loss(int increment, NetworkSession teacher, NetworkSession previous, double temperature) {
      if (previous == null) {
        throw new IllegalArgumentException("Distillation from the previous model needs the previous model");
      }
      return DistillationLoss.overTeacherClasses(previous, weight(previous.network().classifier().classes()), temperature);
    }

    /** {@code k / (k + 1)} for k old classes. */
    public static double weight(int oldClasses) {
      return oldClasses / (oldClasses + 1.0);
    }

    @Override
    public boolean needsPreviousModel() {
      return true;
    }
  }
}
