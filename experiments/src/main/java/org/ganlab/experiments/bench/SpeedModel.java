package org.ganlab.experiments.bench;

import java.util.function.Supplier;
import org.ganlab.models.Dcgan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;
import org.ganlab.models.bench.RawDcganLoop;
import org.ganlab.models.bench.RawTrainingLoop;
import org.ganlab.models.bench.RawWganGpLoop;

/**
 * A network and recipe {@code ganlab bench speed} times: the shipped experiment that trains it and
 * the hand-written TensorFlow Java loop of the same network.
 */
public enum SpeedModel {
  /** {@code dcgan}: one discriminator and one generator update per step. */
  DCGAN(
      "dcgan",
      "DCGAN 28x28, one D and one G update per step",
      300,
      Dcgan.standard()::training,
      RawDcganLoop::new),
  /** {@code wgan-gp}: five critic updates (gradient penalty) and one generator update per step. */
  WGAN_GP(
      "wgan-gp",
      "WGAN-GP 28x28, five critic updates with the gradient penalty and one G update per step",
      60,
      WganGp.standard()::training,
      RawWganGpLoop::new);

  /** Builds a raw loop from the batch size and the seed. */
  private interface RawLoopFactory {
    RawTrainingLoop create(int batchSize, long seed);
  }

  private final String experiment;
  private final String description;
  private final long defaultSteps;
  private final Supplier<TrainingPreset> preset;
  private final RawLoopFactory rawLoop;

  SpeedModel(
      String experiment,
      String description,
      long defaultSteps,
      Supplier<TrainingPreset> preset,
      RawLoopFactory rawLoop) {
    this.experiment = experiment;
    this.description = description;
    this.defaultSteps = defaultSteps;
    this.preset = preset;
    this.rawLoop = rawLoop;
  }

  /** {@return the shipped experiment ganlab's side runs} */
  public String experiment() {
    return experiment;
  }

  /** {@return the one line that says what a step is} */
  public String description() {
    return description;
  }

  /** {@return timed steps per measurement unless told otherwise: about 300 D updates} */
  public long defaultSteps() {
    return defaultSteps;
  }

  /** {@return the recipe of the experiment's networks, for their parameter count} */
  TrainingPreset preset() {
    return preset.get();
  }

  /**
   * {@return the hand-written loop of the same network}
   *
   * @param batchSize examples per batch
   * @param seed the seed of its initial weights
   */
  RawTrainingLoop rawLoop(int batchSize, long seed) {
    return rawLoop.create(batchSize, seed);
  }

  /**
   * {@return the model of {@code name}}
   *
   * @param name an experiment name, {@code dcgan} or {@code wgan-gp}
   */
  public static SpeedModel named(String name) {
    for (SpeedModel m : values()) {
      if (m.experiment.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("--model must be dcgan or wgan-gp, got '" + name + "'");
  }
}
