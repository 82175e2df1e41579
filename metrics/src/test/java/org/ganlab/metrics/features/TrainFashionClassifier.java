package org.ganlab.metrics.features;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;

/**
 * Trains {@link FashionClassifier}'s weights on the Fashion-MNIST training set with {@link
 * ImageClassifierTrainer} and writes them as a checkpoint directory (the {@link Checkpointer}
 * format with its SHA-256 manifest).
 *
 * <p>Everything random is a pure function of {@link Config#seed()}, so the same command on the same
 * build and machine writes the same bytes. Run it as
 *
 * <pre>
 * mvn -B -q -pl metrics -am -DskipTests package dependency:build-classpath \
 *     -Dmdep.outputFile=$PWD/metrics/target/classpath.txt -Dmdep.includeScope=test
 * java -cp metrics/target/test-classes:metrics/target/classes:$(cat metrics/target/classpath.txt) \
 *     org.ganlab.metrics.features.TrainFashionClassifier \
 *     --out metrics/src/main/resources/org/ganlab/metrics/features/fashion-classifier --replace
 * </pre>
 *
 * <p>Options: {@code --out DIR} (required), {@code --replace} (delete an existing DIR first),
 * {@code --data-dir DIR} (another copy of the four IDX files; the embedded one by default), {@code
 * --steps N} (stop early; for experiments, the shipped weights use the default).
 *
 * <p>A tool of this project's build, not of the metrics library, so it lives with the tests (it
 * needs the Fashion-MNIST artifact, which the library does not).
 *
 * <p>Only the classifier's weights and batch-norm statistics are written, not Adam's moment
 * estimates: they would triple the size of a checkpoint that exists only for inference.
 */
public final class TrainFashionClassifier {

  /**
   * Training hyperparameters. The defaults produced the shipped weights.
   *
   * @param seed root seed of every random stream
   * @param epochs passes over the 60,000 training images
   * @param batchSize images per Adam step
   * @param learningRate Adam's step size (betas 0.9 / 0.999, epsilon 1e-8)
   */
  public record Config(long seed, int epochs, int batchSize, double learningRate) {
    /** The configuration of the shipped weights. */
    public static final Config DEFAULT = new Config(20170825L, 6, 100, 1e-3);

    /** Validates the values. */
    public Config {
      if (epochs <= 0 || batchSize <= 0 || !(learningRate > 0)) {
        throw new IllegalArgumentException(
            "epochs, batchSize and learningRate must be positive,"
                + " got "
                + epochs
                + ", "
                + batchSize
                + ", "
                + learningRate);
      }
    }

    /** Steps of {@link #epochs()} full epochs over {@code n} examples. */
    public long steps(int n) {
      return (long) epochs * n / batchSize;
    }
  }

  /**
   * What a training run produced.
   *
   * @param steps Adam steps taken
   * @param finalLoss the mean cross-entropy of the last 100 steps (or fewer)
   * @param checkpoint the written checkpoint directory
   */
  public record Outcome(long steps, double finalLoss, Path checkpoint) {}

  private TrainFashionClassifier() {}

  /**
   * Trains for {@code steps} Adam steps and writes the inference weights to {@code out}, which must
   * not exist yet.
   *
   * @param trainSet 28x28 grayscale images with labels in [0, 10)
   * @param log progress lines (every 100 steps), or null for silence
   */
  public static Outcome train(
      ImageDataset trainSet, Config config, long steps, Path out, PrintStream log) {
    int side = FashionClassifierNet.SIDE;
    if (trainSet.height() != side
        || trainSet.width() != side
        || trainSet.channels() != 1
        || !trainSet.hasLabels()
        || trainSet.numClasses() != FashionClassifierNet.CLASSES) {
      throw new IllegalArgumentException(
          "need labelled 28x28x1 images of 10 classes, got " + trainSet);
    }
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be positive, got " + steps);
    }
    Seeds seeds = new Seeds(config.seed());
    ClassifierRecipe recipe =
        new ClassifierRecipe(steps, config.batchSize(), config.learningRate());
    try (TrainedImageClassifier c =
        ImageClassifierTrainer.train(new ImageDataSource(trainSet, seeds), recipe, seeds, log)) {
      c.saveInferenceWeights(out);
      return new Outcome(steps, c.finalLoss(), out);
    }
  }

  /** Command-line entry point; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Path out = null;
    Path dataDir = null;
    boolean replace = false;
    long steps = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Paths.get(value(args, ++i, "--out"));
        case "--data-dir" -> dataDir = Paths.get(value(args, ++i, "--data-dir"));
        case "--steps" -> steps = Long.parseLong(value(args, ++i, "--steps"));
        case "--replace" -> replace = true;
        default -> usage("unknown option " + args[i]);
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    if (Files.exists(out)) {
      if (!replace) {
        usage(out + " exists; pass --replace to overwrite it");
      }
      MoreFiles.deleteRecursively(out, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    FashionMnist data =
        dataDir == null ? FashionMnist.embedded() : FashionMnist.fromDirectory(dataDir);
    Config config = Config.DEFAULT;
    long n = steps > 0 ? steps : config.steps(data.train().n());
    System.out.println("training " + FashionClassifier.NAME + ": " + config + ", " + n + " steps");
    Outcome r = train(data.train(), config, n, out, System.out);
    try (FashionClassifier c = FashionClassifier.load(out)) {
      double acc = c.accuracy(data.test());
      System.out.printf(
          Locale.ROOT, "wrote %s (final loss %.4f); test accuracy %.4f%n", out, r.finalLoss(), acc);
      System.out.println("identity (SHA-256 of " + Checkpointer.MANIFEST + "): " + c.identity());
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      usage(option + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println("TrainFashionClassifier: " + problem);
    System.err.println(
        "usage: TrainFashionClassifier --out DIR [--replace] [--data-dir DIR]" + " [--steps N]");
    System.exit(2);
  }
}
