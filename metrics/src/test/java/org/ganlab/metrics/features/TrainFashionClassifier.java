package org.ganlab.metrics.features;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Update;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Trains {@link FashionClassifier}'s weights on the Fashion-MNIST training set and writes them as a
 * checkpoint directory (the {@link Checkpointer} format with its SHA-256 manifest).
 *
 * <p>Everything random is a pure function of {@link Config#seed()}: initial weights come from
 * stateless initializers seeded by variable name, the batch order from {@link EpochOrder}, and
 * {@link Adam}'s updates wait for every gradient (see core's {@code Optimizer}), so the same
 * command on the same build and machine writes the same bytes. Run it as
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
    EpochOrder order = new EpochOrder(trainSet.n(), seeds);
    int b = config.batchSize();
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> images =
          tf.withName("images")
              .placeholder(
                  TFloat32.class,
                  Placeholder.shape(
                      Shape.of(b, FashionClassifierNet.SIDE, FashionClassifierNet.SIDE, 1)));
      Placeholder<TInt32> labels =
          tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(b)));
      FashionClassifierNet net = new FashionClassifierNet(tf, seeds);
      Operand<TFloat32> logits = net.apply(images, Mode.TRAINING).logits();
      // The dense cross-entropy kernel: the C++ gradient registry that Ops.gradients uses has none
      // for the sparse one.
      Operand<TFloat32> oneHot =
          tf.oneHot(
              labels, tf.constant(FashionClassifierNet.CLASSES), tf.constant(1f), tf.constant(0f));
      Operand<TFloat32> loss =
          tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
      Update update =
          new Adam(config.learningRate(), 0.9, 0.999)
              .minimize(tf.withSubScope("adam"), loss, net.network().trainableVariables());
      List<Op> targets = new ArrayList<>(net.network().statisticUpdates());
      targets.add(update.op());
      Checkpointer checkpointer = new Checkpointer(g);
      double[] recent = new double[100];
      try (Session s = SessionSettings.defaults().open(g)) {
        s.initialize();
        long started = System.nanoTime();
        for (long step = 0; step < steps; step++) {
          Batch batch = trainSet.batchOf(order.batch(step, b));
          try (TFloat32 xt = batch.toTensor();
              TInt32 yt = TInt32.vectorOf(batch.labels())) {
            Session.Runner r = s.runner().feed(images, xt).feed(labels, yt).fetch(loss);
            targets.forEach(r::addTarget);
            try (Result res = r.run()) {
              recent[(int) (step % recent.length)] = ((TFloat32) res.get(0)).getFloat();
            }
          }
          if (log != null && ((step + 1) % 100 == 0 || step + 1 == steps)) {
            log.printf(
                Locale.ROOT,
                "step %d/%d  epoch %.2f  loss(last 100) %.4f  %.1f s%n",
                step + 1,
                steps,
                (step + 1) * (double) b / trainSet.n(),
                mean(recent, step + 1),
                (System.nanoTime() - started) / 1e9);
          }
        }
        exportInferenceWeights(checkpointer, s, out);
      }
      return new Outcome(steps, mean(recent, steps), out);
    }
  }

  private static double mean(double[] recent, long done) {
    int k = (int) Math.min(done, recent.length);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += recent[i];
    }
    return sum / k;
  }

  /**
   * Writes only the classifier's variables: the training checkpoint goes to a scratch directory, a
   * graph holding just the classifier restores from it (RestoreV2 reads the names it asks for and
   * ignores Adam's slots) and saves itself to {@code out}.
   */
  private static void exportInferenceWeights(
      Checkpointer trainCheckpointer, Session trainSession, Path out) {
    Path scratch;
    try {
      // Outside the output's directory, so a crash leaves nothing beside the shipped weights.
      scratch = Files.createTempDirectory("ganlab-fashion-classifier-train");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a scratch directory" + ": " + e.getMessage(), e);
    }
    try {
      Path full = scratch.resolve("full");
      trainCheckpointer.save(trainSession, full);
      try (Graph g = new Graph()) {
        new FashionClassifierNet(Ops.create(g), new Seeds(0));
        Checkpointer inference = new Checkpointer(g);
        try (Session s = SessionSettings.defaults().open(g)) {
          s.initialize();
          inference.restore(s, full);
          inference.save(s, out);
        }
      }
    } finally {
      try {
        MoreFiles.deleteRecursively(scratch, RecursiveDeleteOption.ALLOW_INSECURE);
      } catch (IOException e) {
        // Only scratch space; the written checkpoint is complete and verified by its manifest.
      }
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
