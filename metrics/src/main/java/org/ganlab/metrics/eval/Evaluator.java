package org.ganlab.metrics.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An evaluation pipeline: turns what it scores (a {@code Sampler}, a {@link TranslationPair}, a
 * training run) into named metric values, always the same names in the same order. The same subject
 * and the same seeds always give the same values.
 *
 * <p>Pipelines load what they need (a classifier, reference features) on first use and free it in
 * {@link #close()}.
 *
 * @param <T> what the pipeline scores
 */
public interface Evaluator<T> extends AutoCloseable {
  /** {@return the metric names, in the order {@link #evaluate} returns them} */
  List<String> metrics();

  /**
   * {@return the metric that ranks evaluations (picks a best checkpoint); one of {@link
   * #metrics()}}
   */
  String primaryMetric();

  /** {@return whether a larger primary metric is better (FID: no; modes captured: yes)} */
  boolean higherIsBetter();

  /**
   * Scores {@code subject}.
   *
   * @param subject what is scored, e.g. a sampler
   * @return a value for every name of {@link #metrics()}, in that order
   */
  Map<String, Number> evaluate(T subject);

  /**
   * Tables written beside the metrics, one row per evaluation (a run directory writes them next to
   * eval.csv): a file name such as {@code class_balance.csv} to its columns. {@link #evaluate}
   * returns a value under each of these column names too. None by default.
   *
   * @return file name to column names, in order; column names differ from the metrics'
   */
  default Map<String, List<String>> detailTables() {
    return Map.of();
  }

  /**
   * Files that describe the latest evaluation in full (e.g. every example's anomaly score), which a
   * run directory writes beside eval.csv after each evaluation, replacing the previous ones. None
   * by default.
   *
   * @return file name to content; empty before the first evaluation
   */
  default Map<String, byte[]> latestFiles() {
    return Map.of();
  }

  /** {@return whether this evaluator produces anything ({@link #none()} does not)} */
  default boolean enabled() {
    return !metrics().isEmpty();
  }

  /**
   * {@return this pipeline scoring what {@code subject} takes from an {@code R}: for example {@code
   * fashion.on(Run::sampler)} scores a run by its sampler} Closing the result closes this one.
   *
   * @param <R> the type of what the new pipeline scores
   * @param subject takes the scored subject from an {@code R}
   */
  default <R> Evaluator<R> on(Function<? super R, ? extends T> subject) {
    Evaluator<T> self = this;
    return new Evaluator<>() {
      @Override
      public List<String> metrics() {
        return self.metrics();
      }

      @Override
      public String primaryMetric() {
        return self.primaryMetric();
      }

      @Override
      public boolean higherIsBetter() {
        return self.higherIsBetter();
      }

      @Override
      public Map<String, List<String>> detailTables() {
        return self.detailTables();
      }

      @Override
      public Map<String, byte[]> latestFiles() {
        return self.latestFiles();
      }

      @Override
      public Map<String, Number> evaluate(R r) {
        return self.evaluate(subject.apply(r));
      }

      @Override
      public void close() {
        self.close();
      }
    };
  }

  /** Frees what the pipeline loaded; it loads it again if used after closing. */
  @Override
  default void close() {}

  /**
   * {@return the evaluator that measures nothing: no metrics, no primary metric}
   *
   * @param <T> the type of what it would score
   */
  static <T> Evaluator<T> none() {
    return new Evaluator<>() {
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
      public Map<String, Number> evaluate(T subject) {
        return Map.of();
      }
    };
  }
}
