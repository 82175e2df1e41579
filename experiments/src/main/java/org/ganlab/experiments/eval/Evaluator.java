package org.ganlab.experiments.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.OpenRun;

/**
 * Periodic evaluation of a run: draws samples from the trainer's current weights with a fixed
 * evaluation seed (its own random stream, not the sample grid's) and turns them into named metric
 * values with the {@code metrics} module. The same weights always give the same values, so
 * {@code eval.csv} of a resumed run equals an uninterrupted run's and {@code ganlab eval} on a
 * checkpoint reproduces that checkpoint's row.
 *
 * <p>An experiment chooses its evaluator by binding an {@link Factory} in Guice ({@code @Provides
 * Evaluator.Factory}); {@code TrainingModule} binds a default chosen by the data's shape ({@link
 * Evaluators#byShape}). A factory, not an evaluator, is bound so that the evaluator is built from
 * the very {@link RunSetup} the run trains (resolving the setup twice would load the data twice).
 * Evaluators load what they need (the Fashion-MNIST classifier, reference features) on first use
 * and free it in {@link #close()}.
 */
public interface Evaluator extends AutoCloseable {
  /** Builds a run's evaluator from its resolved setup. */
  @FunctionalInterface
  interface Factory {
    /** The evaluator for a run of {@code setup} (the caller closes it). */
    Evaluator create(RunSetup setup);
  }

  /** No evaluation: no eval.csv, no best checkpoint. */
  Evaluator NONE = new Evaluator() {
    @Override
    public List<String> metrics() {
      return List.of();
    }

    @Override
    public String primaryMetric() {
      return "";
    }

    @Override
    public boolean higherIsBetter() {
      return false;
    }

    @Override
    public Map<String, Number> evaluate(OpenRun run, Path cacheDir) {
      return Map.of();
    }
  };

  /** The metric names, in eval.csv column order (after {@code step}). */
  List<String> metrics();

  /** The metric that picks the best checkpoint; one of {@link #metrics()}. */
  String primaryMetric();

  /** Whether a larger primary metric is better (FID: no; modes captured: yes). */
  boolean higherIsBetter();

  /**
   * Evaluates the run's current weights.
   *
   * @param cacheDir where reference features may be cached on disk ({@code FeatureCache})
   * @return a value for every name of {@link #metrics()}, in that order
   */
  Map<String, Number> evaluate(OpenRun run, Path cacheDir);

  /** Whether this evaluator produces anything. */
  default boolean enabled() {
    return !metrics().isEmpty();
  }

  /** Whether {@code candidate} is strictly better than {@code best} (NaN never is). */
  default boolean better(double candidate, double best) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(best)) {
      return true;
    }
    return higherIsBetter() ? candidate > best : candidate < best;
  }

  @Override
  default void close() {}
}
