package org.ganlab.experiments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.train.hooks.Diagnostics;
import org.ganlab.core.train.hooks.DiagnosticsHook;
import org.ganlab.core.train.hooks.SampleHook;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.TensorBoardWriter;

/**
 * The hooks of a run that depend on its family: the sample hook (pictures or text files) and the
 * diagnostics of a single GAN. Kept apart from {@link TrainingRun}, which composes them with the
 * family-independent ones.
 */
final class RunHooks {
  private RunHooks() {}

  /**
   * The sample hook: text files of the run's words for a text family, PNG pictures (also shown in
   * TensorBoard) for the others.
   */
  static SampleHook samples(
      RunDirectory dir, OpenRun open, Schedule schedule, ImageGrid grid, TensorBoardWriter board) {
    if (open.words() == null) {
      return new SampleHook(
          dir.samples(),
          () -> open.picture().draw(schedule.gridSize(), null),
          grid,
          schedule.sampleEvery(),
          schedule.steps(),
          (step, p) -> board.image(step, "samples", p));
    }
    SampleHook.Drawing text =
        new SampleHook.Drawing() {
          @Override
          public String extension() {
            return "txt";
          }

          @Override
          public byte[] draw(long step) {
            return open.words().file(schedule.gridSize());
          }
        };
    return new SampleHook(dir.samples(), text, schedule.sampleEvery(), schedule.steps());
  }

  /**
   * diagnostics.csv every {@code log_every} steps, also shown in TensorBoard ({@code diagnostics/}
   * scalars and histograms of D's outputs), when the {@code diagnostics} key is on; null otherwise.
   */
  static DiagnosticsHook diagnostics(RunDirectory dir, RunSetup setup, TensorBoardWriter board) {
    Schedule schedule = setup.schedule();
    if (!schedule.diagnostics()) {
      return null;
    }
    return new DiagnosticsHook(dir.diagnostics(), schedule.logEvery(), d -> show(board, d));
  }

  /**
   * Refuses {@code diagnostics=true} where it would fail after the run directory exists: a family
   * whose model shows no single generator side and discriminator (CycleGAN's two pairs, the
   * autoencoder's none), or a sharded batch.
   *
   * @param experiment the experiment's name, for the message
   * @param setup the run's resolved setup
   * @throws ConfigException naming the key and why
   */
  static void checkDiagnostics(String experiment, RunSetup setup) {
    if (!setup.schedule().diagnostics()) {
      return;
    }
    if (!setup.family().diagnosable()) {
      throw new ConfigException(
          "diagnostics=true: "
              + experiment
              + " trains a "
              + setup.family().getClass().getSimpleName()
              + ", which has no single generator and discriminator to diagnose (CycleGAN has two"
              + " pairs, the autoencoder no discriminator)");
    }
    Optional<String> refused = DiagnosticsHook.refusal(setup.trainerConfig());
    if (refused.isPresent()) {
      throw new ConfigException("diagnostics=true: " + refused.get());
    }
  }

  private static void show(TensorBoardWriter board, Diagnostics d) {
    Map<String, Float> scalars = new LinkedHashMap<>();
    scalars.put("diagnostics/g_output_grad_norm", d.generatorOutputGradientNorm());
    d.spectralNorms().forEach((k, v) -> scalars.put("diagnostics/sigma/" + k, (float) (double) v));
    d.gradientNorms().forEach((k, v) -> scalars.put("diagnostics/grad/" + k, v));
    board.scalars(d.step(), scalars);
    board.histogram(d.step(), "diagnostics/d_real", d.dReal());
    board.histogram(d.step(), "diagnostics/d_fake", d.dFake());
  }
}
