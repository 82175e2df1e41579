package org.ganlab.models;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.data.captions.Vocabulary;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Sampler;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Samples a trained text-to-image generator in inference mode: images for captions (free text in
 * the {@link Vocabulary}, or token ids), and images for mixtures of two captions' embeddings, beta
 * e(a) + (1 - beta) e(b) (Reed et al. 2016, section 5.4: interpolating between captions with fixed
 * noise). As a {@link Sampler} its "classes" are the 40 caption combinations ({@link
 * CaptionAttributes#id()}), so label-driven evaluation and grids work unchanged. The noise comes
 * from the seed pair, so the same seed gives the same images. Building one adds its ops to the
 * trainer's graph: make one per trainer and keep it. Not thread-safe.
 */
public final class TextToImageSampler implements Sampler {
  private final GanTrainer<TextToImageModel> trainer;
  private final Placeholder<TInt64> count;
  private final Placeholder<TInt64> seed;
  private final Placeholder<TInt32> tokensA;
  private final Placeholder<TInt32> tokensB;
  private final Placeholder<TFloat32> beta;
  private final Operand<TFloat32> images;

  /**
   * Adds the sampling ops to {@code trainer}'s graph.
   *
   * @param trainer an open text-to-image trainer
   */
  public TextToImageSampler(GanTrainer<TextToImageModel> trainer) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    TextToImageModel m = trainer.model();
    Ops s = Ops.create(trainer.graph()).withSubScope("caption_sample");
    Shape captions = Shape.of(-1, Vocabulary.MAX_TOKENS);
    this.count = s.withName("count").placeholder(TInt64.class, Placeholder.shape(Shape.scalar()));
    this.seed = s.withName("seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    this.tokensA = s.withName("tokens_a").placeholder(TInt32.class, Placeholder.shape(captions));
    this.tokensB = s.withName("tokens_b").placeholder(TInt32.class, Placeholder.shape(captions));
    this.beta = s.withName("beta").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
    Operand<TFloat32> ea = m.encoder().encode(tokensA, Mode.INFERENCE);
    Operand<TFloat32> eb = m.encoder().encode(tokensB, Mode.INFERENCE);
    Operand<TFloat32> mixed =
        s.math.add(s.math.mul(beta, ea), s.math.mul(s.math.sub(s.constant(1f), beta), eb));
    Operand<TFloat32> z =
        s.random.statelessRandomNormal(
            s.stack(List.of(count, s.constant((long) m.generator().latentDim()))),
            seed,
            TFloat32.class);
    this.images = m.generator().generate(z, mixed, Mode.INFERENCE);
  }

  @Override
  public int[] exampleShape() {
    return new int[] {28, 28, 1};
  }

  @Override
  public int numClasses() {
    return CaptionAttributes.COMBINATIONS;
  }

  /**
   * {@inheritDoc} Label {@code c} asks for the caption of combination {@code c}; without labels,
   * image {@code i} gets combination {@code i % 40}.
   */
  @Override
  public float[] sample(long[] seedPair, int n, int[] labels) {
    checkCount(n);
    if (labels != null && labels.length != n) {
      throw new IllegalArgumentException(
          n + " samples need " + n + " labels, got " + labels.length);
    }
    int t = Vocabulary.MAX_TOKENS;
    int[] tokens = new int[n * t];
    for (int i = 0; i < n; i++) {
      int c = labels == null ? i % CaptionAttributes.COMBINATIONS : labels[i];
      System.arraycopy(CaptionedDataSource.tokens(c), 0, tokens, i * t, t);
    }
    return sampleTokens(seedPair, n, tokens);
  }

  /**
   * {@return {@code n} images for one caption}
   *
   * @param seedPair the [2] seed of the noise
   * @param n the number of images
   * @param caption words of the {@link Vocabulary}
   * @throws IllegalArgumentException naming an unknown word
   */
  public float[] sample(long[] seedPair, int n, String caption) {
    checkCount(n);
    int[] one = Vocabulary.encode(caption);
    int t = one.length;
    int[] tokens = new int[n * t];
    for (int i = 0; i < n; i++) {
      System.arraycopy(one, 0, tokens, i * t, t);
    }
    return sampleTokens(seedPair, n, tokens);
  }

  /**
   * {@return {@code n} images, image {@code i} for the caption in row {@code i} of {@code tokens}}
   *
   * @param seedPair the [2] seed of the noise
   * @param n the number of images
   * @param tokens [n, {@link Vocabulary#MAX_TOKENS}] padded token ids, row-major
   */
  public float[] sampleTokens(long[] seedPair, int n, int[] tokens) {
    float[] ones = new float[n];
    Arrays.fill(ones, 1f);
    return interpolate(seedPair, n, tokens, tokens, ones);
  }

  /**
   * {@return {@code n} images, image {@code i} for beta_i e(a_i) + (1 - beta_i) e(b_i)}
   *
   * @param seedPair the [2] seed of the noise (one code per image)
   * @param n the number of images
   * @param a [n, {@link Vocabulary#MAX_TOKENS}] token ids of the first captions
   * @param b [n, {@link Vocabulary#MAX_TOKENS}] token ids of the second captions
   * @param betas [n] weights of the first captions
   */
  public float[] interpolate(long[] seedPair, int n, int[] a, int[] b, float[] betas) {
    checkCount(n);
    if (seedPair == null || seedPair.length != 2) {
      throw new IllegalArgumentException("seedPair must hold 2 values");
    }
    int t = Vocabulary.MAX_TOKENS;
    if (a.length != n * t || b.length != n * t || betas.length != n) {
      throw new IllegalArgumentException(
          n + " images need " + n * t + " token ids per caption set and " + n + " weights");
    }
    Shape shape = Shape.of(n, t);
    try (TInt64 c = TInt64.scalarOf(n);
        TInt64 sd = TInt64.vectorOf(seedPair);
        TInt32 ta = TInt32.tensorOf(shape, DataBuffers.of(a, true, false));
        TInt32 tb = TInt32.tensorOf(shape, DataBuffers.of(b, true, false));
        TFloat32 w = TFloat32.tensorOf(Shape.of(n, 1), DataBuffers.of(betas, true, false));
        Result r =
            trainer
                .session()
                .runner()
                .feed(count, c)
                .feed(seed, sd)
                .feed(tokensA, ta)
                .feed(tokensB, tb)
                .feed(beta, w)
                .fetch(images)
                .run()) {
      return Feeds.read(r.get(0));
    }
  }

  private static void checkCount(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
  }
}
