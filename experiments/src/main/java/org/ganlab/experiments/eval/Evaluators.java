package org.ganlab.experiments.eval;

import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageTransform;
import org.ganlab.core.data.InvertAndMirror;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.train.cycle.Translator;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.metrics.ClassBalance;
import org.ganlab.metrics.ClassificationAccuracyScore;
import org.ganlab.metrics.eval.ConditionalFashionEvaluator;
import org.ganlab.metrics.eval.Evaluator;
import org.ganlab.metrics.eval.FashionEvaluator;
import org.ganlab.metrics.eval.MixtureEvaluator;
import org.ganlab.metrics.eval.PairedTranslationEvaluator;
import org.ganlab.metrics.eval.StackedEvaluator;
import org.ganlab.metrics.eval.TextToImageEvaluator;
import org.ganlab.metrics.eval.TranslationEvaluator;
import org.ganlab.metrics.eval.TranslationPair;
import org.ganlab.metrics.eval.TranslationTruth;
import org.ganlab.metrics.features.ClassifierRecipe;

/** The default evaluator of a run, chosen by the shape of what it generates. */
public final class Evaluators {
  /**
   * The key of the Classification Accuracy Score's classifier steps, declared by the conditional
   * experiments: 0 leaves the {@code cas} column out.
   */
  public static final String CAS_STEPS = "cas_steps";

  /** What {@code ganlab list} says of {@link #CAS_STEPS}. */
  public static final String CAS_STEPS_DOC =
      "Adam steps of the classifier behind the cas column (Classification Accuracy Score: trained"
          + " on the eval_samples generated images, tested on the real test set); 0 = no cas column";

  private Evaluators() {}

  /**
   * The evaluator {@code TrainingModule} binds unless the experiment binds its own, scoring the
   * run's sampler (or translator) with a pipeline of {@code org.ganlab.metrics.eval}:
   *
   * <ul>
   *   <li>{@code eval_every = 0}: none;
   *   <li>2D points from a {@link GaussianMixture2D}: {@link MixtureEvaluator};
   *   <li>28x28x1 images: {@link FashionEvaluator} against the Fashion-MNIST test set (of {@code
   *       --data-dir} if given), {@link ConditionalFashionEvaluator} if the architecture has
   *       classes (with the {@code cas} column unless {@code cas_steps} is 0 or undeclared);
   *   <li>28x28x3 images: {@link StackedEvaluator};
   *   <li>a translation model ({@link UnpairedDataSource} data) whose domain A is 28x28x1: {@link
   *       TranslationEvaluator} on the Fashion-MNIST test set as held-out domain A, against the
   *       data's true mapping ({@link #truthOf});
   *   <li>a paired translation model on 28x28x1 {@link PairedTranslation} data: {@link
   *       PairedTranslationEvaluator} on the Fashion-MNIST test set's pairs by the same transform;
   *   <li>a text-to-image model on {@link CaptionedDataSource} data: {@link TextToImageEvaluator}
   *       on the captioned Fashion-MNIST test set, seen and held-out combinations;
   *   <li>anything else: none.
   * </ul>
   *
   * The number of samples is the {@code eval_samples} hyperparameter; the seeds are the run's.
   */
  public static Evaluator<OpenRun> byShape(
      RunSetup setup, RunContext ctx, Hyperparameters hp, Path featureCache) {
    if (hp.getLong("eval_every") == 0) {
      return Evaluator.none();
    }
    int samples = hp.getInt("eval_samples");
    int[] shape = setup.exampleShape();
    boolean grayscale = Arrays.equals(shape, new int[] {28, 28, 1});
    if (setup.data() instanceof UnpairedDataSource) {
      return grayscale
          ? new TranslationEvaluator(
                  () -> Datasets.fashionMnist(ctx).test(), truthOf(setup.data()), samples)
              .on(Evaluators::translationPair)
          : Evaluator.none();
    }
    if (setup.data() instanceof PairedTranslation paired) {
      return grayscale
          ? new PairedTranslationEvaluator(
                  () -> Datasets.fashionMnist(ctx).test(), paired.transform(), samples)
              .on(OpenRun::requirePaired)
          : Evaluator.none();
    }
    if (Arrays.equals(shape, new int[] {2})
        && setup.data() instanceof GaussianMixture2D.Source mixture) {
      return new MixtureEvaluator(mixture.mixture(), ctx.seeds(), samples)
          .on(OpenRun::requireSampler);
    }
    if (setup.data() instanceof CaptionedDataSource captions) {
      return new TextToImageEvaluator(
              () -> Datasets.fashionMnist(ctx).test(),
              ctx.seeds(),
              samples,
              featureCache,
              CaptionRules.FASHION_MNIST,
              captions.heldOut())
          .on(OpenRun::requireSampler);
    }
    if (grayscale && setup.numClasses() > 0) {
      return new ConditionalFashionEvaluator(
              () -> Datasets.fashionMnist(ctx).test(),
              ctx.seeds(),
              samples,
              setup.numClasses(),
              featureCache,
              dataClasses(setup),
              casRecipe(hp))
          .on(OpenRun::requireSampler);
    }
    if (grayscale) {
      return new FashionEvaluator(
              () -> Datasets.fashionMnist(ctx).test(),
              ctx.seeds(),
              samples,
              featureCache,
              dataClasses(setup))
          .on(OpenRun::requireSampler);
    }
    if (Arrays.equals(shape, new int[] {28, 28, 3})) {
      return new StackedEvaluator(ctx.seeds(), samples).on(OpenRun::requireSampler);
    }
    return Evaluator.none();
  }

  /**
   * The Classification Accuracy Score's recipe with {@code cas_steps} steps, or null (no {@code
   * cas} column) when the experiment does not declare the key or sets it to 0.
   */
  private static ClassifierRecipe casRecipe(Hyperparameters hp) {
    if (!hp.declarations().containsKey(CAS_STEPS) || hp.getLong(CAS_STEPS) == 0) {
      return null;
    }
    return ClassificationAccuracyScore.DEFAULT_RECIPE.withSteps(hp.getLong(CAS_STEPS));
  }

  /** The class shares of labelled training images, or null (uniform) for other data. */
  private static double[] dataClasses(RunSetup setup) {
    return setup.data() instanceof ImageDataSource images
            && images.dataset().hasLabels()
            && images.dataset().numClasses() == FashionMnist.NUM_CLASSES
        ? ClassBalance.distribution(images.dataset().labels(), FashionMnist.NUM_CLASSES)
        : null;
  }

  /**
   * The truth of unpaired {@code data}: its transform T, with labels read through T's inverse for
   * the invert-and-mirror task (so {@code cyclegan}'s label_preservation keeps its meaning) and
   * from F(T(a)) for every other task, whose domain A holds the garments.
   */
  static TranslationTruth truthOf(Object data) {
    ImageTransform t =
        data instanceof UnpairedTranslation u ? u.transform() : new InvertAndMirror();
    return t instanceof InvertAndMirror
        ? TranslationTruth.involution(t)
        : TranslationTruth.garmentInDomainA(t);
  }

  /** The run's translator as the two mappings the translation pipeline scores. */
  private static TranslationPair translationPair(OpenRun run) {
    Translator t = run.requireTranslator();
    return new TranslationPair(t::translateAToB, t::translateBToA);
  }
}
