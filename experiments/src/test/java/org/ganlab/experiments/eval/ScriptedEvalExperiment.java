package org.ganlab.experiments.eval;

import com.google.inject.Provides;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunContext;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.eval.Evaluator;
import org.ganlab.models.MlpGan;

/**
 * Test experiment: a tiny MLP GAN on the ring whose evaluator scores step {@code s} with {@code |s
 * - 4|} (lower is better), so the best checkpoint is step 4 whatever the weights, and shows how an
 * experiment binds its own evaluator.
 */
public class ScriptedEvalExperiment extends Experiment {
  @Override
  public String name() {
    return "scripted-eval";
  }

  @Override
  public String description() {
    return "test: evaluation score |step - 4|";
  }

  @Provides
  GanArchitecture architecture() {
    return MlpGan.standard().withHiddenUnits(8);
  }

  @Provides
  GanLossFunction loss() {
    return new NonSaturatingLoss();
  }

  @Provides
  DataSource data(RunContext ctx) {
    return GaussianMixture2D.ring8().source(ctx.seeds());
  }

  @Provides
  EvaluatorFactory evaluation() {
    return (setup, featureCache) ->
        new Evaluator<OpenRun>() {
          @Override
          public List<String> metrics() {
            return List.of("distance_to_4", "step_again");
          }

          @Override
          public String primaryMetric() {
            return "distance_to_4";
          }

          @Override
          public boolean higherIsBetter() {
            return false;
          }

          @Override
          public Map<String, Number> evaluate(OpenRun run) {
            long step = run.trainer().step();
            Map<String, Number> m = new LinkedHashMap<>();
            m.put("distance_to_4", (double) Math.abs(step - 4));
            m.put("step_again", step);
            return m;
          }
        };
  }
}
