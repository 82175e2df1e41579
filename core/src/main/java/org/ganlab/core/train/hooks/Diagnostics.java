package org.ganlab.core.train.hooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step's training diagnostics ({@link DiagnosticOps}): what shows instability, vanishing
 * gradients and a saturated discriminator before the losses do.
 *
 * @param step the step the values were taken after
 * @param generatorOutputGradientNorm L2 norm of the gradient of the generator loss with respect to
 *     the generated batch: near zero when G's loss has saturated (the minimax loss against a
 *     confident D, Goodfellow et al. 2014, section 3)
 * @param dReal D's raw outputs (logits or critic values) on the real batch
 * @param dFake D's raw outputs on the generated batch
 * @param spectralNorms largest singular value of each weight matrix, by variable name (generator's
 *     first, then the discriminator's)
 * @param gradientNorms L2 norm of each weight matrix's gradient (of its own network's loss)
 */
public record Diagnostics(
    long step,
    float generatorOutputGradientNorm,
    float[] dReal,
    float[] dFake,
    Map<String, Double> spectralNorms,
    Map<String, Float> gradientNorms) {

  /** The quantile probabilities written for D's outputs: 5th, 50th and 95th percentile. */
  public static final double[] QUANTILES = {0.05, 0.5, 0.95};

  /**
   * Defensive copies (map order is kept).
   *
   * @param step the step the values were taken after
   * @param generatorOutputGradientNorm L2 norm of the gradient of the generator loss with respect
   *     to the generated batch: near zero when G's loss has saturated (the minimax loss against a
   *     confident D, Goodfellow et al. 2014, section 3)
   * @param dReal D's raw outputs (logits or critic values) on the real batch
   * @param dFake D's raw outputs on the generated batch
   * @param spectralNorms largest singular value of each weight matrix, by variable name
   *     (generator's first, then the discriminator's)
   * @param gradientNorms L2 norm of each weight matrix's gradient (of its own network's loss)
   */
  public Diagnostics {
    dReal = dReal.clone();
    dFake = dFake.clone();
    spectralNorms = Collections.unmodifiableMap(new LinkedHashMap<>(spectralNorms));
    gradientNorms = Collections.unmodifiableMap(new LinkedHashMap<>(gradientNorms));
  }

  /** {@return D's outputs on the real batch} */
  @Override
  public float[] dReal() {
    return dReal.clone();
  }

  /** {@return D's outputs on the generated batch} */
  @Override
  public float[] dFake() {
    return dFake.clone();
  }

  /** {@return {@link #QUANTILES} of D's outputs on the real batch} */
  public double[] dRealQuantiles() {
    return Quantiles.of(dReal, QUANTILES);
  }

  /** {@return {@link #QUANTILES} of D's outputs on the generated batch} */
  public double[] dFakeQuantiles() {
    return Quantiles.of(dFake, QUANTILES);
  }
}
