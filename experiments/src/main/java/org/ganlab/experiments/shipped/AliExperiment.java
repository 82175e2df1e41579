package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.OneClass;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.experiments.eval.EvaluatorFactory;
import org.ganlab.experiments.eval.Evaluators;
import org.ganlab.metrics.eval.AnomalyEvaluator;
import org.ganlab.models.Ali;
import org.ganlab.models.AliAnomalyScorer;
import org.ganlab.models.AliFamily;
import org.ganlab.models.AliModel;
import org.ganlab.models.AliceFamily;
import org.ganlab.models.AutoencoderFamily;

/**
 * BiGAN / ALI ({@link Ali}: DCGAN's generator, an encoder, a joint discriminator D(x, z) with
 * dropout 0.2) on Fashion-MNIST (Donahue et al. 2017, "Adversarial Feature Learning"; Dumoulin et
 * al. 2017, "Adversarially Learned Inference"). D separates (x, E(x)) from (G(z), z); G and E share
 * one optimizer and minimize the non-saturating loss with the labels swapped ({@link
 * AliFamily#loss}). Optimizers (Adam(2e-4, 0.5, 0.999), the DCGAN paper's and BiGAN's), trainer
 * config and schedule come from the common keys; the picture is a grid of G's samples, and the
 * default evaluator scores them like {@code dcgan}'s (fid, kid, precision, recall). {@code --set
 * gaussian_encoder=true} gives ALI's stochastic encoder. No generator EMA.
 *
 * <p>{@code --set normal_class=C} makes it a one-class anomaly detector (Zenati et al. 2018): it
 * trains on the training images of class C only, and evaluates {@code auroc} over the whole test
 * set with class C normal and the others anomalous, scoring each image with {@link
 * AliAnomalyScorer} ({@code anomaly_alpha} weighs the reconstruction residual); every evaluation
 * writes the test images' scores to scores.csv beside eval.csv. {@code --set adversarial=false}
 * trains the same encoder and generator as a plain autoencoder ({@link AutoencoderFamily}), the
 * baseline that isolates what the adversarial term adds, scored by its reconstruction residual.
 * {@code --set reconstruction_weight=W} adds W times that autoencoder's squared error to the
 * BiGAN's generator loss ({@link AliceFamily}, ALICE's explicit cycle consistency).
 */
public final class AliExperiment extends Experiment {
  @Override
  public String name() {
    return "ali";
  }

  @Override
  public String description() {
    return "BiGAN/ALI: encoder, generator, joint D(x, z), Fashion-MNIST (Donahue et al. 2017)";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .withDefault("steps", 1500L)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the ALI family")
        .pin("grad_shards", 1, "data parallelism: not supported by the ALI family")
        .declare(Ali.HYPERPARAMETERS, Ali.standard())
        .intParam(
            NORMAL_CLASS,
            -1,
            -1,
            9,
            "train on this Fashion-MNIST class only and evaluate anomaly detection (-1: all"
                + " classes, evaluated as a generator)")
        .booleanParam(
            ADVERSARIAL,
            true,
            "train E and G adversarially (BiGAN); false: as a plain autoencoder of the same"
                + " networks, the anomaly baseline")
        .doubleParam(
            RECONSTRUCTION_WEIGHT,
            0,
            0,
            1e6,
            "weight of G(E(x))'s squared error in the BiGAN's generator loss (ALICE, Li et al."
                + " 2017); 0: the plain BiGAN")
        .intParam(
            TEST_IMAGES,
            10_000,
            2,
            10_000,
            "with normal_class: the first this many Fashion-MNIST test images are scored")
        .doubleParam(
            ANOMALY_ALPHA,
            AliAnomalyScorer.PAPER_ALPHA,
            0,
            1,
            "weight of the reconstruction residual in the anomaly score (the rest: D's feature"
                + " residual)")
        .build();
  }

  private static final String NORMAL_CLASS = "normal_class";
  private static final String ANOMALY_ALPHA = "anomaly_alpha";
  private static final String TEST_IMAGES = "anomaly_test_images";
  private static final String ADVERSARIAL = "adversarial";
  private static final String RECONSTRUCTION_WEIGHT = "reconstruction_weight";

  /** With {@code normal_class} set: AUROC on the test set; otherwise the default evaluator. */
  @Provides
  EvaluatorFactory evaluation(Hyperparameters hp, RunContext ctx) {
    int normal = hp.getInt(NORMAL_CLASS);
    if (normal < 0) {
      return (setup, cache) -> Evaluators.byShape(setup, ctx, hp, cache);
    }
    return (setup, cache) ->
        new AnomalyEvaluator(
                () -> Datasets.fashionMnist(ctx).test().slice(0, hp.getInt(TEST_IMAGES)), normal)
            .on(OpenRun::requireAnomalyScorer);
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    Ali arch = hp.apply(Ali.HYPERPARAMETERS, Ali.standard());
    int normal = hp.getInt(NORMAL_CLASS);
    boolean adversarial = hp.getBoolean(ADVERSARIAL);
    double reconstruction = hp.getDouble(RECONSTRUCTION_WEIGHT);
    if (!adversarial && reconstruction != 0) {
      throw new IllegalArgumentException(
          RECONSTRUCTION_WEIGHT
              + " adds a term to the BiGAN's loss; with adversarial=false the autoencoder already"
              + " trains on reconstruction alone: leave "
              + RECONSTRUCTION_WEIGHT
              + " at 0");
    }
    // An autoencoder's discriminator says nothing: it is scored by reconstruction alone.
    double alpha = adversarial ? hp.getDouble(ANOMALY_ALPHA) : 1;
    ImageDataset train = Datasets.fashionMnist(ctx).train();
    DataSource data =
        new ImageDataSource(normal < 0 ? train : OneClass.of(train, normal), ctx.seeds());
    AliFamily bigan = new AliFamily(arch, data, optimizers);
    GanFamily<AliModel> family =
        !adversarial
            ? new AutoencoderFamily(bigan)
            : reconstruction > 0 ? new AliceFamily(bigan, reconstruction) : bigan;
    return RunSetup.latent(
        family,
        AliModel::generator,
        normal < 0 ? null : t -> new AliAnomalyScorer(t, alpha),
        data,
        arch.exampleShape(),
        config,
        schedule,
        RunSetup.components(
            arch.hyperparameters(),
            !adversarial
                ? "autoencoder: mean squared reconstruction error (D trained, unused)"
                : "non-saturating, generator and encoder with swapped labels"
                    + (reconstruction > 0
                        ? ", plus " + reconstruction + " x mean squared reconstruction error"
                        : ""),
            optimizers,
            config));
  }
}
