package org.ganlab.experiments.eval;

import java.util.Arrays;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.core.data.UnpairedDataSource;

/** The default evaluator of a run, chosen by the shape of what it generates. */
public final class Evaluators {
  private Evaluators() {}

  /**
   * The evaluator {@code TrainingModule} binds unless the experiment binds its own:
   *
   * <ul>
   *   <li>{@code eval_every = 0}: none;</li>
   *   <li>2D points from a {@link GaussianMixture2D}: {@link MixtureEvaluator};</li>
   *   <li>28x28x1 images: {@link FashionEvaluator} against the Fashion-MNIST test set (of
   *       {@code --data-dir} if given), conditional if the architecture has classes;</li>
   *   <li>28x28x3 images: {@link StackedEvaluator};</li>
   *   <li>a translation model ({@link UnpairedDataSource} data) on 28x28x1 images: {@link TranslationEvaluator} on the
   *       Fashion-MNIST test set as held-out domain A;</li>
   *   <li>anything else: {@link Evaluator#NONE}.</li>
   * </ul>
   *
   * The number of samples is the {@code eval_samples} hyperparameter.
   */
  public static Evaluator byShape(RunSetup setup, RunContext ctx, Hyperparameters hp) {
    if (hp.getLong("eval_every") == 0) {
      return Evaluator.NONE;
    }
    int samples = hp.getInt("eval_samples");
    int[] shape = setup.exampleShape();
    if (setup.data() instanceof UnpairedDataSource) {
      if (Arrays.equals(shape, new int[] {28, 28, 1})) {
        return new TranslationEvaluator(() -> Datasets.fashionMnist(ctx).test(), samples);
      }
      return Evaluator.NONE;
    }
    if (Arrays.equals(shape, new int[] {2})
        && setup.data() instanceof GaussianMixture2D.Source mixture) {
      return new MixtureEvaluator(mixture.mixture(), ctx.seeds(), samples);
    }
    if (Arrays.equals(shape, new int[] {28, 28, 1})) {
      return new FashionEvaluator(() -> Datasets.fashionMnist(ctx).test(), ctx.seeds(), samples,
          setup.numClasses());
    }
    if (Arrays.equals(shape, new int[] {28, 28, 3})) {
      return new StackedEvaluator(ctx.seeds(), samples);
    }
    return Evaluator.NONE;
  }
}
