package org.ganlab.experiments.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.RestoredRun;
import org.ganlab.metrics.eval.TextToImageEvaluator;

/**
 * A reference row of the {@code text-to-image} suite, scored by the runs' own {@link
 * TextToImageEvaluator} (same captions, same reference images, same sample count):
 *
 * <ul>
 *   <li>{@link #realImages}: captioned Fashion-MNIST training images drawn for each requested
 *       caption, the ceiling of every column (attribute accuracy is 1 by construction, since the
 *       same rules captioned them);
 *   <li>{@link #classConditional}: a class-conditional GAN of the suite (a run that reads only the
 *       class of a caption), with the columns that apply to it: {@code class_accuracy} and {@code
 *       fid} on the seen combinations. It cannot be asked for a brightness or a size, and it
 *       trained on every combination, so the attribute and held-out columns stay empty.
 * </ul>
 */
final class TextToImageReference implements ReferenceRow {
  /** The columns a class-conditional generator is scored on. */
  static final List<String> CLASS_COLUMNS = List.of("class_accuracy", "fid");

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
      return score(new CaptionedImagesSampler(fashion.train()), fashion, seed, samples, cacheDir);
    }
    Path dir = bench.runDir(run, seed);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (RestoredRun restored =
        RestoredRun.open(dir, Optional.empty(), new ExperimentRegistry(), quiet)) {
      return scoreClassConditional(
          restored.open().requireSampler(), fashion, seed, samples, cacheDir);
    } catch (ConfigException e) {
      // The run failed or is missing; the table names it among this row's problems.
      System.err.println("[bench] row '" + label + "' has no values: " + e.getMessage());
      return Map.of();
    }
  }

  /**
   * {@return the {@link #CLASS_COLUMNS} of a class-conditional {@code sampler}, each caption asking
   * for the class it names}
   *
   * @param sampler a generator of Fashion-MNIST images with 10 classes
   * @param fashion the reference images (its test set)
   * @param seed the evaluation seed
   * @param samples images per split
   * @param cacheDir the reference-feature cache, or null
   */
  static Map<String, Number> scoreClassConditional(
      Sampler sampler, FashionMnist fashion, long seed, int samples, Path cacheDir) {
    if (sampler.numClasses() != FashionMnist.NUM_CLASSES) {
      throw new IllegalArgumentException(
          "a class-conditional reference needs a sampler of the "
              + FashionMnist.NUM_CLASSES
              + " Fashion-MNIST classes, got one of "
              + sampler.numClasses());
    }
    Map<String, Number> all = score(new ClassOfCaption(sampler), fashion, seed, samples, cacheDir);
    Map<String, Number> m = new LinkedHashMap<>();
    CLASS_COLUMNS.forEach(c -> m.put(c, all.get(c)));
    return m;
  }

  /** Every column of {@link TextToImageEvaluator} for a sampler of the 40 combinations. */
  static Map<String, Number> score(
      Sampler combinations, FashionMnist fashion, long seed, int samples, Path cacheDir) {
    try (TextToImageEvaluator evaluator =
        new TextToImageEvaluator(
            fashion::test,
            new Seeds(seed),
            samples,
            cacheDir,
            CaptionRules.FASHION_MNIST,
            CaptionedDataSource.HELD_OUT)) {
      return evaluator.evaluate(combinations);
    }
  }

  /** A class-conditional sampler asked for combination c draws class c / 4 (its garment). */
  record ClassOfCaption(Sampler classes) implements Sampler {
    @Override
    public int[] exampleShape() {
      return classes.exampleShape();
    }

    @Override
    public int numClasses() {
      return CaptionAttributes.COMBINATIONS;
    }

    @Override
    public float[] sample(long[] seedPair, int n, int[] labels) {
      int[] garments = new int[n];
      for (int i = 0; i < n; i++) {
        garments[i] = CaptionAttributes.ofId(labels[i]).label();
      }
      return classes.sample(seedPair, n, garments);
    }
  }

  /**
   * Real images as a sampler of the 40 combinations: for combination c, a uniformly random image of
   * {@code images} that the caption rules caption c (the seed pair chooses which).
   */
  static final class CaptionedImagesSampler implements Sampler {
    private final ImageDataset images;
    private final int[][] byCombination;

    CaptionedImagesSampler(ImageDataset images) {
      this.images = images;
      int[] combos = CaptionRules.FASHION_MNIST.combinations(images);
      List<List<Integer>> lists = new ArrayList<>();
      for (int c = 0; c < CaptionAttributes.COMBINATIONS; c++) {
        lists.add(new ArrayList<>());
      }
      for (int i = 0; i < combos.length; i++) {
        lists.get(combos[i]).add(i);
      }
      byCombination = new int[CaptionAttributes.COMBINATIONS][];
      for (int c = 0; c < byCombination.length; c++) {
        byCombination[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
      }
    }

    @Override
    public int[] exampleShape() {
      return images.shape();
    }

    @Override
    public int numClasses() {
      return CaptionAttributes.COMBINATIONS;
    }

    @Override
    public float[] sample(long[] seedPair, int n, int[] labels) {
      SplittableRandom random =
          new SplittableRandom(seedPair[0] * 0x9E3779B97F4A7C15L + seedPair[1]);
      int size = images.imageSize();
      float[] out = new float[n * size];
      for (int i = 0; i < n; i++) {
        int[] candidates = byCombination[labels[i]];
        if (candidates.length == 0) {
          throw new IllegalStateException(
              images.name()
                  + " has no image captioned '"
                  + CaptionAttributes.ofId(labels[i]).caption()
                  + "'");
        }
        PixelScaling.writeScaled(
            images, candidates[random.nextInt(candidates.length)], out, i * size);
      }
      return out;
    }
  }
}
