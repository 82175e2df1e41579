package org.ganlab.experiments.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.RestoredRun;
import org.ganlab.metrics.eval.TextToImageBaselines;

/**
 * A reference row of the {@code text-to-image} suite, its values from {@link TextToImageBaselines}:
 * {@link #realImages}, captioned training images, or {@link #classConditional}, a class-conditional
 * GAN of the suite (a run that reads only the class of a caption), whose attribute and held-out
 * columns stay empty.
 */
final class TextToImageReference implements ReferenceRow {
  private final String label;
  private final Supplier<FashionMnist> data;
  private final int samples;
  private final Path cacheDir;
  private final RunSpec run;

  private TextToImageReference(
      String label, Supplier<FashionMnist> data, int samples, Path cacheDir, RunSpec run) {
    this.label = label;
    this.data = data;
    this.samples = samples;
    this.cacheDir = cacheDir;
    this.run = run;
  }

  /**
   * The row of real training images, one drawn at random (per seed) for each caption the evaluator
   * asks for.
   *
   * @param label what the table calls it
   * @param data the Fashion-MNIST files
   * @param samples images per split, as the runs' {@code eval_samples}
   * @param cacheDir the reference-feature cache
   */
  static TextToImageReference realImages(
      String label, Supplier<FashionMnist> data, int samples, Path cacheDir) {
    return new TextToImageReference(label, data, samples, cacheDir, null);
  }

  /**
   * The row of a class-conditional GAN trained by the suite: its newest checkpoint, asked for the
   * class each caption names.
   *
   * @param label what the table calls it
   * @param run the run configuration (a Fashion-MNIST experiment with 10 classes)
   * @param data the Fashion-MNIST files
   * @param samples images per split, as the runs' {@code eval_samples}
   * @param cacheDir the reference-feature cache
   */
  static TextToImageReference classConditional(
      String label, RunSpec run, Supplier<FashionMnist> data, int samples, Path cacheDir) {
    return new TextToImageReference(label, data, samples, cacheDir, run);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    if (run == null) {
      return "for each of the "
          + samples
          + " captions per split, a random Fashion-MNIST training image with that caption"
          + " (held-out combinations included), scored exactly as a run's generated images";
    }
    return "ganlab run "
        + run.experiment()
        + " "
        + String.join(" ", run.settings())
        + " (runs/"
        + run.id()
        + "), asked for the class each caption names; class_accuracy and fid of the seen"
        + " combinations only";
  }

  @Override
  public List<RunSpec> runs() {
    return run == null ? List.of() : List.of(run);
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    FashionMnist fashion = data.get();
    if (run == null) {
      return TextToImageBaselines.realImages(fashion, seed, samples, cacheDir);
    }
    Path dir = bench.runDir(run, seed);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (RestoredRun restored =
        RestoredRun.open(dir, Optional.empty(), new ExperimentRegistry(), quiet)) {
      return TextToImageBaselines.classConditional(
          restored.open().requireSampler(), fashion, seed, samples, cacheDir);
    } catch (ConfigException e) {
      // The run failed or is missing; the table names it among this row's problems.
      System.err.println("[bench] row '" + label + "' has no values: " + e.getMessage());
      return Map.of();
    }
  }
}
