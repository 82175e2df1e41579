package org.ganlab.experiments.eval;

import java.nio.file.Path;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunSetup;
import org.ganlab.metrics.eval.Evaluator;

/**
 * Builds a run's evaluator from the very {@link RunSetup} the run trains (resolving the setup twice
 * would load the data twice). An experiment chooses its evaluator by binding one ({@code @Provides
 * EvaluatorFactory}); {@code TrainingModule} binds {@link Evaluators#byShape}.
 */
@FunctionalInterface
public interface EvaluatorFactory {
  /**
   * The evaluator of a run of {@code setup} (the caller closes it).
   *
   * @param featureCache where reference features may be cached on disk
   */
  Evaluator<OpenRun> create(RunSetup setup, Path featureCache);
}
