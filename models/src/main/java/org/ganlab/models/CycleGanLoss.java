package org.ganlab.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.cycle.CycleGanLossFunction;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.losses.CycleConsistencyLoss;
import org.ganlab.losses.IdentityLoss;
import org.ganlab.losses.LeastSquaresLoss;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * CycleGAN's full objective (Zhu et al. 2017, equation 3, plus the identity loss of section 5.2):
 *
 * <pre>
 * L_G = L_adv(G, D_B) + L_adv(F, D_A) + lambda_cyc * L_cyc + w_idt * L_idt
 * L_D = L_D(D_B) + L_D(D_A)
 * </pre>
 *
 * <p>Each adversarial term is an ordinary {@link GanLossFunction} built on one direction's {@code
 * GanModel} (least squares by default, as in the paper); cycle and identity terms come from the
 * losses module. Terms are recorded as "adversarial_a_to_b", "adversarial_b_to_a", "cycle",
 * "identity" (generator) and "discriminator_a", "discriminator_b" (discriminator). An identity
 * weight of 0 drops the identity term from the graph; it must be 0 where the domains differ in
 * shape, since there is no identity mapping. The discriminator terms are built on the model's
 * discriminator views, so with an image pool the discriminators learn from pooled fakes while the
 * generators' adversarial terms use the current ones.
 *
 * @param adversarial the loss pair applied to each direction
 * @param cycle the cycle-consistency term (lambda 10, both cycles weighted alike)
 * @param identity the identity term (weight 5 = 0.5 * lambda)
 */
public record CycleGanLoss(
    GanLossFunction adversarial, CycleConsistencyLoss cycle, IdentityLoss identity)
    implements CycleGanLossFunction {
  /** {@code cycle_weight}, {@code cycle_a_weight} and {@code identity_weight}. */
  public static final List<Hyperparameter<CycleGanLoss>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "cycle_weight",
              0,
              1e6,
              "cycle-consistency lambda",
              l -> l.cycle().lambda(),
              CycleGanLoss::withCycleWeight),
          Hyperparameter.ofDouble(
              "cycle_a_weight",
              0,
              1e6,
              "weight of the A -> B -> A cycle relative to the B -> A -> B one (1 = the paper's)",
              l -> l.cycle().weightA(),
              CycleGanLoss::withCycleAWeight),
          Hyperparameter.ofDouble(
              "identity_weight",
              0,
              1e6,
              "identity loss weight (0 = off)",
              l -> l.identity().weight(),
              CycleGanLoss::withIdentityWeight));

  /**
   * Checks that every part is present.
   *
   * @param adversarial the loss pair applied to each direction
   * @param cycle the cycle-consistency term (lambda 10)
   * @param identity the identity term (weight 5 = 0.5 * lambda)
   */
  public CycleGanLoss {
    Checks.required("adversarial", adversarial);
    Checks.required("cycle", cycle);
    Checks.required("identity", identity);
  }

  /** {@return least squares, lambda_cyc 10, identity weight 5: the paper's settings} */
  public static CycleGanLoss standard() {
    return new CycleGanLoss(
        new LeastSquaresLoss(), new CycleConsistencyLoss(10), new IdentityLoss(5));
  }

  /**
   * {@return a copy with another adversarial loss}
   *
   * @param l the adversarial loss of the copy
   */
  public CycleGanLoss withAdversarial(GanLossFunction l) {
    return new CycleGanLoss(l, cycle, identity);
  }

  /**
   * {@return a copy with another cycle weight}
   *
   * @param lambda the cycle weight of the copy
   */
  public CycleGanLoss withCycleWeight(double lambda) {
    return new CycleGanLoss(
        adversarial, new CycleConsistencyLoss(lambda, cycle.weightA()), identity);
  }

  /**
   * {@return a copy whose A -> B -> A cycle has another weight relative to the B -> A -> B one}
   *
   * @param weightA the A cycle's relative weight of the copy (1: the paper's equal weights)
   */
  public CycleGanLoss withCycleAWeight(double weightA) {
    return new CycleGanLoss(
        adversarial, new CycleConsistencyLoss(cycle.lambda(), weightA), identity);
  }

  /**
   * {@return a copy with another identity weight (0 switches the term off)}
   *
   * @param weight the identity weight of the copy (0 switches the term off)
   */
  public CycleGanLoss withIdentityWeight(double weight) {
    return new CycleGanLoss(adversarial, cycle, new IdentityLoss(weight));
  }

  @Override
  public GanLoss build(Ops tf, CycleGanModel model) {
    GanLoss ab = adversarial.build(tf.withSubScope("a_to_b"), model.aToB());
    GanLoss ba = adversarial.build(tf.withSubScope("b_to_a"), model.bToA());
    // Without a pool the views are the directions themselves and nothing more is built.
    GanLoss abD =
        model.aToBForDiscriminator() == model.aToB()
            ? ab
            : adversarial.build(tf.withSubScope("a_to_b_pooled"), model.aToBForDiscriminator());
    GanLoss baD =
        model.bToAForDiscriminator() == model.bToA()
            ? ba
            : adversarial.build(tf.withSubScope("b_to_a_pooled"), model.bToAForDiscriminator());
    Operand<TFloat32> cyc =
        cycle.build(
            tf.withSubScope("cycle"),
            model.realA(),
            model.reconstructedA(),
            model.realB(),
            model.reconstructedB());
    Map<String, Operand<TFloat32>> gTerms = new LinkedHashMap<>();
    gTerms.put("adversarial_a_to_b", ab.generatorLoss());
    gTerms.put("adversarial_b_to_a", ba.generatorLoss());
    gTerms.put("cycle", cyc);
    Operand<TFloat32> g = tf.math.add(tf.math.add(ab.generatorLoss(), ba.generatorLoss()), cyc);
    if (identity.weight() > 0) {
      if (model.identityA() == null || model.identityB() == null) {
        throw new IllegalArgumentException(
            "the identity loss needs both domains to have the same shape (a generator reads the"
                + " images of the domain it writes); set identity_weight to 0");
      }
      Operand<TFloat32> idt =
          identity.build(
              tf.withSubScope("identity"),
              model.realB(),
              model.identityB(),
              model.realA(),
              model.identityA());
      gTerms.put("identity", idt);
      g = tf.math.add(g, idt);
    }
    Map<String, Operand<TFloat32>> dTerms = new LinkedHashMap<>();
    dTerms.put("discriminator_a", baD.discriminatorLoss());
    dTerms.put("discriminator_b", abD.discriminatorLoss());
    Operand<TFloat32> d = tf.math.add(abD.discriminatorLoss(), baD.discriminatorLoss());
    Scores scores =
        Scores.of(
            tf,
            adversarial.scoreKind(),
            List.of(model.aToB().onReal().logits(), model.bToA().onReal().logits()),
            // The fakes D is trained on (the pooled ones when a history is on): D's update
            // depends on those scores, so they are read before it. D on the fresh fakes would
            // be read unordered against D's update, and its value would depend on scheduling.
            List.of(
                model.aToBForDiscriminator().onGenerated().logits(),
                model.bToAForDiscriminator().onGenerated().logits()));
    return new GanLoss(
        tf.withName("generator_loss").identity(g),
        tf.withName("discriminator_loss").identity(d),
        gTerms,
        dTerms,
        scores);
  }

  @Override
  public String name() {
    return "cyclegan(adversarial="
        + adversarial.name()
        + ",cycle="
        + cycle.lambda()
        // Only when set, so runs with the paper's equal weights keep their recorded loss.
        + (cycle.weightA() == 1 ? "" : ",cycle_a=" + cycle.weightA())
        + ",identity="
        + identity.weight()
        + ")";
  }
}
