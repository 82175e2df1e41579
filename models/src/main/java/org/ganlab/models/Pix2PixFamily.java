package org.ganlab.models;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.PairedBatch;
import org.ganlab.core.data.PairedDataSource;
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
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The paired translation family of pix2pix (Isola et al. 2017) for {@link
 * org.ganlab.core.train.GanTrainer#open}: {@link Pix2PixModel#build}, the architecture's loss, then
 * one optimizer over D and one over G. Batch {@code k} of {@code data} is fed to the input and
 * target placeholders, every stream {@code s} with {@code seeds.pair("stream/" + s, update)}. No
 * generator EMA ({@code emaDecay} must be 0).
 *
 * <p>It trains any {@link PairedArchitecture}: pix2pix ({@link Pix2Pix}) and SRGAN ({@link Srgan},
 * Ledig et al. 2017), which is the same scheme (a supervised term against the true output plus an
 * adversarial one) with another generator, content loss and discriminator.
 *
 * @param architecture both networks and G's and D's objective
 * @param data (input, target) pairs of the architecture's shapes, in [-1, 1]
 * @param optimizers D's optimizer, then G's
 */
public record Pix2PixFamily(
    PairedArchitecture architecture, PairedDataSource data, OptimizerPair optimizers)
    implements GanFamily<Pix2PixModel> {

  /**
   * Checks that every part is present.
   *
   * @param architecture both networks and G's and D's objective
   * @param data (input, target) pairs of the architecture's shapes, in [-1, 1]
   * @param optimizers D's optimizer, then G's
   */
  public Pix2PixFamily {
    Checks.required("architecture", architecture);
    Checks.required("data", data);
    Checks.required("optimizers", optimizers);
  }

  @Override
  public boolean diagnosable() {
    return true;
  }

  @Override
  public Spine<Pix2PixModel> build(Ops tf, TrainerConfig config) {
    config.requireNoEma("the paired translation family");
    if (!Arrays.equals(architecture.inputShape(), data.inputShape())
        || !Arrays.equals(architecture.outputShape(), data.targetShape())) {
      throw new IllegalArgumentException(
          "the architecture translates inputs "
              + Arrays.toString(architecture.inputShape())
              + " to images "
              + Arrays.toString(architecture.outputShape())
              + " but the data source has inputs "
              + Arrays.toString(data.inputShape())
              + " and targets "
              + Arrays.toString(data.targetShape()));
    }
    Seeds seeds = new Seeds(config.seed());
    Pix2PixModel m = Pix2PixModel.build(tf, architecture, seeds, config.batchSize());
    GanLoss loss = architecture.loss(tf.withSubScope("loss"), m);
    GanTrainOps ops =
        GanTrainOps.build(
            tf,
            loss,
            List.of(m.discriminator().network()),
            List.of(m.generator().network()),
            optimizers.discriminator(),
            optimizers.generator(),
            null);
    return new Spine<>(m, loss, ops, feeder(m, seeds));
  }

  /**
   * {@return pix2pix's objective} With l_real = D(x, y) and l_fake = D(x, G(x)), patch logits:
   *
   * <pre>
   * L_D = E[softplus(-l_real)] + E[softplus(l_fake)]
   * L_G = [adversarial] E[softplus(-l_fake)] + l1Lambda * mean |y - G(x)|
   * </pre>
   *
   * Generator terms (metrics.csv columns): {@code l1}, the unweighted mean |y - G(x)| (recorded
   * even when its weight is 0), and {@code adversarial} when G has that term. The scores are D's
   * mean sigmoid over the patches of each kind of pair.
   *
   * @param tf the ops the loss is built with
   * @param m the model whose outputs the loss reads
   * @param arch the weights of G's terms
   */
  public static GanLoss loss(Ops tf, Pix2PixModel m, Pix2Pix arch) {
    Operand<TFloat32> real = m.realLogits();
    Operand<TFloat32> fake = m.fakeLogits();
    Operand<TFloat32> l1 =
        tf.withName("l1")
            .math
            .mean(tf.math.abs(tf.math.sub(m.target(), m.generated())), allAxes(tf));
    Map<String, Operand<TFloat32>> terms = new LinkedHashMap<>();
    terms.put("l1", l1);
    Operand<TFloat32> g = tf.math.mul(tf.constant((float) arch.l1Lambda()), l1);
    if (arch.adversarial()) {
      Operand<TFloat32> adv = NonSaturatingLoss.generatorLoss(tf, fake);
      terms.put("adversarial", adv);
      g = tf.math.add(adv, g);
    }
    return new GanLoss(
        g,
        NonSaturatingLoss.discriminatorLoss(tf, real, fake),
        terms,
        Map.of(),
        Scores.of(tf, Scores.Kind.PROBABILITY, List.of(real), List.of(fake)));
  }

  private static Operand<TInt32> allAxes(Ops tf) {
    return tf.constant(new int[] {0, 1, 2, 3});
  }

  private Feeder feeder(Pix2PixModel m, Seeds seeds) {
    return (runner, batchIndex, update) ->
        Feeds.collect(
            created -> {
              PairedBatch b = data.batch(batchIndex, m.batchSize());
              Feeds.values(runner, m.input(), b.input().values(), "input batch", created);
              Feeds.values(runner, m.target(), b.target().values(), "target batch", created);
              Feeds.streams(runner, m.streams(), seeds, "stream/", update, created);
            });
  }
}
