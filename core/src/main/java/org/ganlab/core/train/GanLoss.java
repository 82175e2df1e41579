package org.ganlab.core.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.parallel.GradientReduction;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The second value of the training spine: the scalar losses the two optimizers minimize.
 *
 * @param generatorLoss scalar the generator minimizes
 * @param discriminatorLoss scalar the discriminator minimizes
 * @param generatorTerms named scalar parts of the generator loss (e.g. "cycle"), recorded in
 *     metrics.csv from the generator update
 * @param discriminatorTerms named scalar parts of the discriminator loss (e.g. "gradient_penalty"),
 *     recorded from the discriminator update
 * @param scores the discriminator's real and generated scores for monitoring, or null (then
 *     metrics.csv has no score columns)
 */
public record GanLoss(
    Operand<TFloat32> generatorLoss,
    Operand<TFloat32> discriminatorLoss,
    Map<String, Operand<TFloat32>> generatorTerms,
    Map<String, Operand<TFloat32>> discriminatorTerms,
    Scores scores) {

  /**
   * Defensive copies keeping insertion order.
   *
   * @param generatorLoss scalar the generator minimizes
   * @param discriminatorLoss scalar the discriminator minimizes
   * @param generatorTerms named scalar parts of the generator loss (e.g. "cycle"), recorded in
   *     metrics.csv from the generator update
   * @param discriminatorTerms named scalar parts of the discriminator loss (e.g.
   *     "gradient_penalty"), recorded from the discriminator update
   * @param scores the discriminator's real and generated scores for monitoring, or null (then
   *     metrics.csv has no score columns)
   */
  public GanLoss {
    generatorTerms = Collections.unmodifiableMap(new LinkedHashMap<>(generatorTerms));
    discriminatorTerms = Collections.unmodifiableMap(new LinkedHashMap<>(discriminatorTerms));
  }

  /**
   * A loss with named terms and no scores (see {@link #withScores}).
   *
   * @param generatorLoss the scalar loss the generator minimizes, terms included
   * @param discriminatorLoss the scalar loss the discriminator minimizes, terms included
   * @param generatorTerms named scalar parts of the generator loss, recorded in the step records
   * @param discriminatorTerms named scalar parts of the discriminator loss, recorded in the step
   *     records
   */
  public GanLoss(
      Operand<TFloat32> generatorLoss,
      Operand<TFloat32> discriminatorLoss,
      Map<String, Operand<TFloat32>> generatorTerms,
      Map<String, Operand<TFloat32>> discriminatorTerms) {
    this(generatorLoss, discriminatorLoss, generatorTerms, discriminatorTerms, null);
  }

  /**
   * {@return a copy that reports {@code s} as the step's real and generated scores}
   *
   * @param s the mean real and generated discriminator scores
   */
  public GanLoss withScores(Scores s) {
    return new GanLoss(generatorLoss, discriminatorLoss, generatorTerms, discriminatorTerms, s);
  }

  /**
   * {@return a loss without extra terms}
   *
   * @param generatorLoss the scalar loss the generator minimizes
   * @param discriminatorLoss the scalar loss the discriminator minimizes
   */
  public static GanLoss of(Operand<TFloat32> generatorLoss, Operand<TFloat32> discriminatorLoss) {
    return new GanLoss(generatorLoss, discriminatorLoss, Map.of(), Map.of());
  }

  /**
   * {@return the loss of {@code function} plus every regularizer's terms, each recorded under the
   * regularizer's name, with the scores of {@code function}'s {@link GanLossFunction#scoreKind}}
   *
   * @param tf the ops the losses are built with
   * @param model the model whose discriminator outputs the losses read
   * @param function the adversarial loss pair
   * @param regularizers the penalties added to the losses, in order
   */
  public static GanLoss build(
      Ops tf, GanModel model, GanLossFunction function, List<Regularizer> regularizers) {
    GanLoss base = function.build(tf, model);
    Operand<TFloat32> g = base.generatorLoss();
    Operand<TFloat32> d = base.discriminatorLoss();
    Map<String, Operand<TFloat32>> gTerms = new LinkedHashMap<>(base.generatorTerms());
    Map<String, Operand<TFloat32>> dTerms = new LinkedHashMap<>(base.discriminatorTerms());
    for (Regularizer r : regularizers) {
      Regularizer.Terms t = r.build(tf, model);
      if (t.generator() != null) {
        g = tf.math.add(g, t.generator());
        gTerms.put(r.name(), t.generator());
      }
      if (t.discriminator() != null) {
        d = tf.math.add(d, t.discriminator());
        dTerms.put(r.name(), t.discriminator());
      }
    }
    return new GanLoss(g, d, gTerms, dTerms, Scores.of(tf, function.scoreKind(), model));
  }

  /**
   * {@return the mean over all shards of every value of the shards' losses (losses, terms and
   * scores), as the run's loss for records and display} With one unsplit shard, that shard's loss.
   *
   * @param tf the ops the means are built with
   * @param shards the loss of each shard this graph holds, in the order of {@code
   *     reduction.localShards()}, all with the same terms
   * @param reduction how values are averaged over the shards
   */
  public static GanLoss mean(Ops tf, List<GanLoss> shards, GradientReduction reduction) {
    if (reduction.shardCount() == 1) {
      return shards.get(0);
    }
    Map<String, Operand<TFloat32>> gTerms = new LinkedHashMap<>();
    for (String k : shards.get(0).generatorTerms().keySet()) {
      gTerms.put(k, meanOf(tf, shards, reduction, l -> l.generatorTerms().get(k)));
    }
    Map<String, Operand<TFloat32>> dTerms = new LinkedHashMap<>();
    for (String k : shards.get(0).discriminatorTerms().keySet()) {
      dTerms.put(k, meanOf(tf, shards, reduction, l -> l.discriminatorTerms().get(k)));
    }
    Scores first = shards.get(0).scores();
    Scores scores =
        first == null
            ? null
            : new Scores(
                first.kind(),
                meanOf(tf, shards, reduction, l -> l.scores().real()),
                meanOf(tf, shards, reduction, l -> l.scores().fake()));
    return new GanLoss(
        meanOf(tf, shards, reduction, GanLoss::generatorLoss),
        meanOf(tf, shards, reduction, GanLoss::discriminatorLoss),
        gTerms,
        dTerms,
        scores);
  }

  private static Operand<TFloat32> meanOf(
      Ops tf,
      List<GanLoss> shards,
      GradientReduction reduction,
      Function<GanLoss, Operand<TFloat32>> part) {
    return reduction.mean(tf, shards.stream().map(part).toList());
  }
}
