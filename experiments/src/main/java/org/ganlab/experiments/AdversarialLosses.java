package org.ganlab.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.losses.HingeLoss;
import org.ganlab.losses.LeastSquaresLoss;
import org.ganlab.losses.MinimaxLoss;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.losses.WassersteinLoss;

/**
 * The adversarial losses by the names a {@code loss} hyperparameter takes, so one experiment class
 * can compare losses on the same architecture ({@code --set loss=hinge}).
 */
public final class AdversarialLosses {
  private static final Map<String, Supplier<GanLossFunction>> BY_NAME = byName();

  private AdversarialLosses() {}

  private static Map<String, Supplier<GanLossFunction>> byName() {
    Map<String, Supplier<GanLossFunction>> m = new LinkedHashMap<>();
    m.put("non-saturating", NonSaturatingLoss::new);
    m.put("minimax", MinimaxLoss::new);
    m.put("least-squares", LeastSquaresLoss::new);
    m.put("hinge", HingeLoss::new);
    m.put("wasserstein", WassersteinLoss::new);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The loss called {@code name}.
   *
   * @throws ConfigException naming the key and the valid names if there is none
   */
  public static GanLossFunction named(String key, String name) {
    Supplier<GanLossFunction> s = BY_NAME.get(name);
    if (s == null) {
      throw new ConfigException(
          "hyperparameter "
              + key
              + ": unknown loss '"
              + name
              + "'; valid: "
              + String.join(", ", BY_NAME.keySet()));
    }
    return s.get();
  }
}
