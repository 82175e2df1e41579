package org.ganlab.core.train;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Samples a generator in inference mode (a single GAN's, or its EMA copy when the trainer has one;
 * or any family's generator): {@code n} standard-normal latent codes drawn with a seed pair, so the
 * same seed always gives the same samples. Building one adds its ops to the trainer's graph: make
 * one per trainer and keep it.
 *
 * <p>Arguments are checked before TensorFlow sees them ({@link IllegalArgumentException} naming the
 * parameter); sampling after the trainer was closed is an {@link IllegalStateException}. Not
 * thread-safe, like the trainer it samples.
 */
public final class LatentSampler implements Sampler {
  private final GanTrainer<?> trainer;
  private final int[] exampleShape;
  private final int numClasses;
  private final Placeholder<TInt64> count;
  private final Placeholder<TInt64> seed;
  private final Placeholder<TInt32> labels;
  private final int latentDim;
  private final Operand<TFloat32> latent;
  private final Operand<TFloat32> samples;

  /**
   * Adds the sampling ops of a single GAN's generator (its EMA copy when the trainer has one) to
   * {@code trainer}'s graph.
   *
   * @param trainer the trainer of a single GAN
   * @param numClasses the classes of a conditional model (0: unconditional)
   */
  public LatentSampler(GanTrainer<GanModel> trainer, int numClasses) {
    this(
        trainer,
        trainer.ops().ema() != null ? trainer.ops().ema().generator() : trainer.model().generator(),
        exampleShape(trainer.model()),
        checkClasses(trainer.model(), numClasses));
  }

  private static int checkClasses(GanModel model, int numClasses) {
    if (model.conditional() && numClasses <= 0) {
      throw new IllegalArgumentException(
          "numClasses: a conditional model needs numClasses > 0, got " + numClasses);
    }
    if (!model.conditional() && numClasses != 0) {
      throw new IllegalArgumentException(
          "numClasses: an unconditional model takes no labels, so numClasses must be 0, got "
              + numClasses);
    }
    return numClasses;
  }

  /**
   * Adds the sampling ops of any family's {@code generator} (latent codes to examples) to {@code
   * trainer}'s graph.
   *
   * @param trainer the trainer whose graph and session the ops use
   * @param generator the generator to sample
   * @param exampleShape the shape of one generated example
   * @param numClasses the classes a conditional generator takes labels for (0: none)
   */
  public LatentSampler(
      GanTrainer<?> trainer, GeneratorNet generator, int[] exampleShape, int numClasses) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    Objects.requireNonNull(generator, "generator");
    if (exampleShape.length == 0 || Arrays.stream(exampleShape).anyMatch(d -> d < 1)) {
      throw new IllegalArgumentException(
          "exampleShape must have positive dimensions, got " + Arrays.toString(exampleShape));
    }
    Checks.nonNegative("numClasses", numClasses);
    this.exampleShape = exampleShape.clone();
    this.numClasses = numClasses;
    Ops s = Ops.create(trainer.graph()).withSubScope("sample");
    this.count = s.withName("count").placeholder(TInt64.class, Placeholder.shape(Shape.scalar()));
    this.seed = s.withName("seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    this.labels =
        numClasses > 0
            ? s.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)))
            : null;
    GeneratorNet g = generator;
    Operand<TInt64> zShape = s.stack(List.of(count, s.constant((long) g.latentDim())));
    this.latentDim = g.latentDim();
    this.latent = s.random.statelessRandomNormal(zShape, seed, TFloat32.class);
    this.samples = g.generate(latent, labels, Mode.INFERENCE);
  }

  private static int[] exampleShape(GanModel model) {
    long[] dims = model.realData().shape().asArray();
    int[] shape = new int[dims.length - 1];
    for (int i = 1; i < dims.length; i++) {
      shape[i - 1] = (int) dims[i];
    }
    return shape;
  }

  /**
   * {@return labels that give each row of a square grid of {@code n} samples one class, cycling
   * through {@code classes}: the default labels of a conditional model's sample picture}
   *
   * @param n the number of samples, a square
   * @param classes the number of classes
   */
  public static int[] rowLabels(int n, int classes) {
    Checks.positive("classes", classes);
    int[] labels = new int[n];
    int perRow = (int) Math.ceil(Math.sqrt(n));
    for (int i = 0; i < n; i++) {
      labels[i] = (i / perRow) % classes;
    }
    return labels;
  }

  @Override
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  @Override
  public int numClasses() {
    return numClasses;
  }

  @Override
  public float[] sample(long[] seedPair, int n, int[] requested) {
    checkSeedAndCount(seedPair, n);
    checkLabels(n, requested);
    try (TInt64 c = TInt64.scalarOf(n);
        TInt64 sd = TInt64.vectorOf(seedPair);
        TInt32 y = requested != null ? TInt32.vectorOf(requested) : null) {
      Session.Runner r = trainer.session().runner().feed(count, c).feed(seed, sd).fetch(samples);
      if (y != null) {
        r.feed(labels, y);
      }
      try (Result res = r.run()) {
        return Feeds.read(res.get(0));
      }
    }
  }

  private void checkSeedAndCount(long[] seedPair, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    long values = (long) n * Arrays.stream(exampleShape).asLongStream().reduce(1, (a, b) -> a * b);
    if (values > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "n: " + n + " examples of " + Arrays.toString(exampleShape) + " exceed a Java array");
    }
    if (seedPair == null || seedPair.length != 2) {
      throw new IllegalArgumentException(
          "seedPair must hold 2 values, got " + (seedPair == null ? "null" : seedPair.length + ""));
    }
  }

  private void checkLabels(int n, int[] requested) {
    if (labels != null) {
      if (requested == null || requested.length != n) {
        throw new IllegalArgumentException(
            "labels: a conditional model needs "
                + n
                + " labels, got "
                + (requested == null ? "null" : requested.length + ""));
      }
      for (int y : requested) {
        if (y < 0 || y >= numClasses) {
          throw new IllegalArgumentException(
              "labels: label " + y + " is outside [0, " + numClasses + ")");
        }
      }
    } else if (requested != null) {
      throw new IllegalArgumentException(
          "labels: an unconditional model takes no labels, got " + requested.length);
    }
  }

  /** {@return the latent dimension of the sampled generator} */
  public int latentDim() {
    return latentDim;
  }

  /**
   * {@return the {@code n} latent codes ({@code [n, latentDim]}, row-major) that {@link #sample}
   * uses}
   *
   * @param seedPair the [2] seed of the codes
   * @param n the number of codes
   */
  public float[] latents(long[] seedPair, int n) {
    checkSeedAndCount(seedPair, n);
    try (TInt64 c = TInt64.scalarOf(n);
        TInt64 sd = TInt64.vectorOf(seedPair);
        Result res = trainer.session().runner().feed(count, c).feed(seed, sd).fetch(latent).run()) {
      return Feeds.read(res.get(0));
    }
  }

  /**
   * Generates from the given latent codes ({@code [n, latentDim]}, row-major): TensorFlow lets a
   * session feed any tensor, so the codes replace the sampler's random ones.
   *
   * @param codes the latent codes, [n, latentDim] row-major
   * @param requested labels of a conditional model (length n), null otherwise
   * @return the {@code n} generated examples, flattened (NHWC for images)
   */
  public float[] generate(float[] codes, int[] requested) {
    int n = codes.length / latentDim;
    if (n < 1 || codes.length != n * latentDim) {
      throw new IllegalArgumentException(
          "codes: need a positive multiple of latentDim " + latentDim() + ", got " + codes.length);
    }
    checkLabels(n, requested);
    try (TFloat32 z = Feeds.floats(codes, Shape.of(n, latentDim), "codes");
        TInt32 y = requested != null ? TInt32.vectorOf(requested) : null) {
      Session.Runner r = trainer.session().runner().feed(latent, z).fetch(samples);
      if (y != null) {
        r.feed(labels, y);
      }
      try (Result res = r.run()) {
        return Feeds.read(res.get(0));
      }
    }
  }
}
