package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.captions.CaptionedBatch;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Feeder;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainOps;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.Operand;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The GAN-INT-CLS family (Reed et al. 2016, "Generative Adversarial Text to Image Synthesis") for
 * {@link org.ganlab.core.train.GanTrainer#open}: {@link TextToImageModel#build}, {@link #loss}, one
 * optimizer over D and the text encoder (the encoder learns from D's loss), one over G. Batch
 * {@code k} of {@code data} ({@link CaptionedDataSource#captioned}) feeds the images, their
 * captions and the mismatched captions; every stream {@code s} gets {@code seeds.pair("stream/" +
 * s, update)}. No generator EMA ({@code emaDecay} must be 0).
 *
 * @param architecture the three networks and the INT weight
 * @param data captioned 28x28x1 images in [-1, 1]
 * @param optimizers the optimizer of D and the text encoder, then G's
 */
public record TextToImageFamily(
    TextToImage architecture, CaptionedDataSource data, OptimizerPair optimizers)
    implements GanFamily<TextToImageModel> {

  /**
   * Checks that every part is present.
   *
   * @param architecture the three networks and the INT weight
   * @param data captioned 28x28x1 images in [-1, 1]
   * @param optimizers the optimizer of D and the text encoder, then G's
   */
  public TextToImageFamily {
    Checks.required("architecture", architecture);
    Checks.required("data", data);
    Checks.required("optimizers", optimizers);
  }

  @Override
  public boolean diagnosable() {
    return true;
  }

  @Override
  public Spine<TextToImageModel> build(Ops tf, TrainerConfig config) {
    config.requireNoEma("the text-to-image family");
    Seeds seeds = new Seeds(config.seed());
    TextToImageModel m = TextToImageModel.build(tf, architecture, seeds, config.batchSize());
    GanLoss loss = loss(tf.withSubScope("loss"), m, architecture.interpolationWeight());
    GanTrainOps ops =
        GanTrainOps.build(
            tf,
            loss,
            List.of(m.discriminator().network(), m.encoder().network()),
            List.of(m.generator().network()),
            optimizers.discriminator(),
            optimizers.generator(),
            null);
    return new Spine<>(m, loss, ops, feeder(m, seeds));
  }

  /**
   * {@return the matching-aware objective of GAN-CLS with GAN-INT's generator term, non-saturating}
   * With s_r = D(x, e(t)), s_w = D(x, e(t')), s_f = D(G(z, e(t)), e(t)) and s_i = D(G(z, e_i), e_i)
   * for e_i = beta e(t) + (1 - beta) e(t'):
   *
   * <pre>
   * L_D = E[softplus(-s_r)] + (E[softplus(s_w)] + E[softplus(s_f)]) / 2
   * L_G = E[softplus(-s_f)] + lambda E[softplus(-s_i)]
   * </pre>
   *
   * the paper's log D(real, right) + [log(1 - D(real, wrong)) + log(1 - D(fake, right))] / 2, with
   * G's non-saturating loss. Named terms: {@code mismatched} (E[softplus(s_w)]) in D's, {@code
   * interpolated} (E[softplus(-s_i)]) in G's when lambda &gt; 0. Scores: D's mean sigmoid on
   * matching real pairs and on generated pairs.
   *
   * @param tf the ops the loss is built with
   * @param m the model whose discriminator logits the loss reads
   * @param interpolationWeight lambda, the weight of the interpolated term (0: none)
   */
  public static GanLoss loss(Ops tf, TextToImageModel m, double interpolationWeight) {
    Operand<TFloat32> real = NonSaturatingLoss.generatorLoss(tf, m.onMatching());
    Operand<TFloat32> mismatched =
        NonSaturatingLoss.generatorLoss(tf, tf.math.neg(m.onMismatched()));
    Operand<TFloat32> fake = NonSaturatingLoss.generatorLoss(tf, tf.math.neg(m.onGenerated()));
    Operand<TFloat32> d =
        tf.math.add(real, tf.math.mul(tf.constant(0.5f), tf.math.add(mismatched, fake)));
    Operand<TFloat32> g = NonSaturatingLoss.generatorLoss(tf, m.onGenerated());
    Map<String, Operand<TFloat32>> gTerms = new LinkedHashMap<>();
    if (interpolationWeight > 0 && m.onInterpolated() != null) {
      Operand<TFloat32> interpolated = NonSaturatingLoss.generatorLoss(tf, m.onInterpolated());
      g = tf.math.add(g, tf.math.mul(tf.constant((float) interpolationWeight), interpolated));
      gTerms.put("interpolated", interpolated);
    }
    return new GanLoss(g, d, gTerms, Map.of("mismatched", mismatched))
        .withScores(
            Scores.of(
                tf, Scores.Kind.PROBABILITY, List.of(m.onMatching()), List.of(m.onGenerated())));
  }

  private Feeder feeder(TextToImageModel m, Seeds seeds) {
    return (runner, batchIndex, update) ->
        Feeds.collect(
            created -> {
              CaptionedBatch b = data.captioned(batchIndex, m.batchSize());
              Feeds.values(runner, m.realData(), b.images().values(), "image batch", created);
              feedInts(runner, m.tokens(), b.tokens(), created);
              feedInts(runner, m.mismatchedTokens(), b.mismatchedTokens(), created);
              Feeds.streams(runner, m.streams(), seeds, "stream/", update, created);
            });
  }

  private static void feedInts(
      org.tensorflow.Session.Runner runner,
      Placeholder<TInt32> placeholder,
      int[] values,
      List<Tensor> created) {
    Shape shape = placeholder.shape();
    TInt32 t = TInt32.tensorOf(shape, DataBuffers.of(values, true, false));
    created.add(t);
    runner.feed(placeholder, t);
  }
}
