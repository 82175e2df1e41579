package org.ganlab.core.train;

import java.util.Map;

/**
 * The deterministic values of one training step (the last discriminator update and the generator
 * update that ends the step); what metrics.csv holds. Wall-clock time is kept apart, because it is
 * not reproducible.
 *
 * @param step generator updates done, counting this one (1 after the first step)
 * @param discriminatorLoss D loss of the last D update of the step
 * @param generatorLoss G loss of the G update
 * @param dReal mean sigmoid(D(x)) on the real batch: the "D(x)" of the GAN papers
 * @param dFake mean sigmoid(D(G(z))) on the generated batch
 * @param discriminatorGradientNorm global gradient norm of that D update
 * @param generatorGradientNorm global gradient norm of the G update
 * @param terms regularizer and auxiliary terms by name (D terms from the D update, G terms from the
 *     G update)
 */
public record StepRecord(
    long step,
    float discriminatorLoss,
    float generatorLoss,
    float dReal,
    float dFake,
    float discriminatorGradientNorm,
    float generatorGradientNorm,
    Map<String, Float> terms) {

  /**
   * Defensive copy.
   *
   * @param step generator updates done, counting this one (1 after the first step)
   * @param discriminatorLoss D loss of the last D update of the step
   * @param generatorLoss G loss of the G update
   * @param dReal mean sigmoid(D(x)) on the real batch: the "D(x)" of the GAN papers
   * @param dFake mean sigmoid(D(G(z))) on the generated batch
   * @param discriminatorGradientNorm global gradient norm of that D update
   * @param generatorGradientNorm global gradient norm of the G update
   * @param terms regularizer and auxiliary terms by name (D terms from the D update, G terms from
   *     the G update)
   */
  public StepRecord {
    terms = Map.copyOf(terms);
  }

  /** {@return the name of the first non-finite value, or null if all are finite} */
  public String firstNonFinite() {
    if (!Float.isFinite(discriminatorLoss)) {
      return "discriminator loss";
    }
    if (!Float.isFinite(generatorLoss)) {
      return "generator loss";
    }
    for (Map.Entry<String, Float> e : terms.entrySet()) {
      if (!Float.isFinite(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }
}
