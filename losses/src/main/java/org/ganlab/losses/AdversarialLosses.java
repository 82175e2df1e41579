package org.ganlab.losses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.train.GanLossFunction;

/**
 * The adversarial losses by name, and the {@code loss} key that chooses one, so one experiment can
 * compare losses on the same architecture ({@code --set loss=hinge}).
 */
public final class AdversarialLosses {
  private static final Map<String, Supplier<GanLossFunction>> BY_NAME = byName();

  /** {@code loss}: the adversarial loss by name; its default is the name of the default loss. */
  public static final Hyperparameter<GanLossFunction> KEY =
      Hyperparameter.ofString(
          "loss",
          "adversarial loss: " + String.join(", ", BY_NAME.keySet()),
          AdversarialLosses::nameOf,
          (loss, name) -> named(name));

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
   * {@return the loss called {@code name}}
   *
   * @param name the loss's name as {@link #nameOf} gives it, e.g. {@code "hinge"}
   * @throws IllegalArgumentException naming the valid names if there is none
   */
  public static GanLossFunction named(String name) {
    Supplier<GanLossFunction> s = BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "hyperparameter '"
              + KEY.key()
              + "': unknown loss '"
              + name
              + "'; valid: "
              + String.join(", ", BY_NAME.keySet()));
    }
    return s.get();
  }

  /**
   * {@return the name {@link #named} knows {@code loss} by; a loss with other settings has none}
   *
   * @param loss the loss function to name
   */
  public static String nameOf(GanLossFunction loss) {
    return BY_NAME.entrySet().stream()
        .filter(e -> e.getValue().get().name().equals(loss.name()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the loss " + loss.name() + " has no name among " + BY_NAME.keySet()));
  }
}
