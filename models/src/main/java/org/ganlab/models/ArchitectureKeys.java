package org.ganlab.models;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.ganlab.core.config.Hyperparameter;

/** The keys most architectures share, declared once with one range and doc. */
final class ArchitectureKeys {
  private ArchitectureKeys() {}

  /** {@code latent_dim}: the size of z. */
  static <A> Hyperparameter<A> latentDim(Function<A, Integer> get, BiFunction<A, Integer, A> set) {
    return Hyperparameter.ofInt("latent_dim", 1, 4096, "size of z", get, set);
  }

  /** {@code filters}: a width, described by {@code doc}. */
  static <A> Hyperparameter<A> filters(
      String doc, Function<A, Integer> get, BiFunction<A, Integer, A> set) {
    return Hyperparameter.ofInt("filters", 1, 1024, doc, get, set);
  }

  /** {@code power_iterations}: power iterations per step of each spectral norm. */
  static <A> Hyperparameter<A> powerIterations(
      Function<A, Integer> get, BiFunction<A, Integer, A> set) {
    return Hyperparameter.ofInt(
        "power_iterations",
        1,
        100,
        "power iterations per training step of each spectral norm (the paper's 1)",
        get,
        set);
  }
}
