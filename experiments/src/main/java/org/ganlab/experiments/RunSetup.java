package org.ganlab.experiments;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.PairedDataSource;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.image.SampleRenderer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.AnomalyScorer;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.models.Pix2PixFamily;

/**
 * What an experiment's injector resolves for one run: how to open its trainer (any {@link
 * GanFamily}) and what the run shows of it, the schedule, the trainer config, and what config.json,
 * provenance and the default evaluator need to know.
 *
 * @param family the family the run trains (its spine's recipe)
 * @param opener opens the trainer and its view
 * @param schedule when the run samples, checkpoints, evaluates and logs, and how long it is
 * @param trainerConfig seed, batch size, n_critic, EMA and session settings
 * @param data the data source the run reads (for the default evaluator's choice)
 * @param exampleShape the shape of one generated example
 * @param numClasses the classes of a conditional model (0: unconditional)
 * @param dataChecksums SHA-256 of each data file read, for provenance
 * @param components the components (architecture, loss, optimizers, trainer) for config.json
 */
public record RunSetup(
    GanFamily<?> family,
    Function<TrainerConfig, OpenRun> opener,
    Schedule schedule,
    TrainerConfig trainerConfig,
    Object data,
    int[] exampleShape,
    int numClasses,
    Map<String, String> dataChecksums,
    Map<String, Object> components) {

  /**
   * {@return a copy that opens its trainer with {@code c}} (e.g. as one worker of a cluster)
   *
   * @param c the trainer config of the copy
   */
  public RunSetup withTrainerConfig(TrainerConfig c) {
    return new RunSetup(
        family, opener, schedule, c, data, exampleShape, numClasses, dataChecksums, components);
  }

  /** Builds the trainer's graph and session (the caller closes it). */
  public OpenRun open() {
    return opener.apply(trainerConfig);
  }

  /**
   * Opens {@code family} and its view, closing the trainer if the view cannot be built.
   *
   * @param view the picture, sampler and translator of an open trainer
   */
  public static <M> OpenRun open(
      GanFamily<M> family, TrainerConfig config, Function<GanTrainer<M>, OpenRun> view) {
    GanTrainer<M> t = GanTrainer.open(family, config);
    try {
      return view.apply(t);
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
  }

  /**
   * A single GAN. Its picture: a grid (images) or scatter plot (2D points) of the latent codes of
   * {@code seeds.pair("fixed-latent", 0)}; a conditional model's default labels give each grid row
   * one class.
   */
  public static RunSetup single(SingleGan g, TrainerConfig config, Schedule schedule) {
    int classes = g.architecture().numClasses();
    SampleRenderer renderer = SampleRenderer.forExamples(g.architecture().exampleShape(), g.data());
    return single(
        g, config, schedule, t -> RunViews.latent(t, new LatentSampler(t, classes), renderer));
  }

  /** A single GAN shown by {@code view} (e.g. {@link RunViews#words} for a text GAN). */
  public static RunSetup single(
      SingleGan g,
      TrainerConfig config,
      Schedule schedule,
      Function<GanTrainer<GanModel>, OpenRun> view) {
    int classes = g.architecture().numClasses();
    Function<TrainerConfig, OpenRun> opener = c -> open(g, c, view);
    Map<String, Object> m =
        components(g.architecture().hyperparameters(), g.loss().name(), g.optimizers(), config);
    m.put("regularizers", g.regularizers().stream().map(Regularizer::name).toList());
    // Only when on, so config.json of a run without one reads as before.
    if (g.augmentation().enabled()) {
      m.put("augmentation", g.augmentation().toString());
    }
    return new RunSetup(
        g,
        opener,
        schedule,
        config,
        g.data(),
        g.architecture().exampleShape(),
        classes,
        g.data().fileChecksums(),
        m);
  }

  /**
   * Any unconditional family that generates from latent codes (ALI, ...): its picture and
   * evaluation come from a {@link LatentSampler} over the generator {@code generator} picks from
   * the family's model.
   *
   * @param shape the shape of one generated example
   * @param components what config.json records (see {@link #components})
   */
  public static <M> RunSetup latent(
      GanFamily<M> family,
      Function<M, GeneratorNet> generator,
      DataSource data,
      int[] shape,
      TrainerConfig config,
      Schedule schedule,
      Map<String, Object> components) {
    return latent(family, generator, null, data, shape, config, schedule, components);
  }

  /**
   * As above, for a one-class detector whose view also scores anomalies.
   *
   * @param anomalyScorer builds the scorer of an open trainer, or null for none
   */
  public static <M> RunSetup latent(
      GanFamily<M> family,
      Function<M, GeneratorNet> generator,
      Function<GanTrainer<M>, AnomalyScorer> anomalyScorer,
      DataSource data,
      int[] shape,
      TrainerConfig config,
      Schedule schedule,
      Map<String, Object> components) {
    SampleRenderer renderer = SampleRenderer.forExamples(shape, data);
    Function<TrainerConfig, OpenRun> opener =
        c ->
            open(
                family,
                c,
                t -> {
                  OpenRun view =
                      RunViews.latent(
                          t, new LatentSampler(t, generator.apply(t.model()), shape, 0), renderer);
                  return anomalyScorer == null
                      ? view
                      : view.withAnomalyScorer(anomalyScorer.apply(t));
                });
    return new RunSetup(
        family, opener, schedule, config, data, shape, 0, data.fileChecksums(), components);
  }

  /**
   * The components config.json records for a family: its architecture's hyperparameters, the loss,
   * both optimizers and the trainer settings (a mutable map: add family-specific entries).
   */
  public static Map<String, Object> components(
      Map<String, Object> architecture,
      String loss,
      OptimizerPair optimizers,
      TrainerConfig config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", architecture);
    m.put("loss", loss);
    m.put("discriminatorOptimizer", optimizers.discriminator().describe());
    m.put("generatorOptimizer", optimizers.generator().describe());
    m.put(
        "trainer",
        new TreeMap<>(
            Map.of(
                "batchSize",
                config.batchSize(),
                "nCritic",
                config.nCritic(),
                "emaDecay",
                config.emaDecay())));
    return m;
  }

  /**
   * A CycleGAN-style translation model. Its picture has one row per fixed pair of inputs: {@code a,
   * G(a), F(G(a)), b, F(b), G(F(b))}, from the first {@code n} images of each domain's batch 0
   * (fixed, whatever the training batch size).
   */
  public static RunSetup cycle(CycleGanFamily f, TrainerConfig config, Schedule schedule) {
    UnpairedDataSource data = f.data();
    Function<TrainerConfig, OpenRun> opener = c -> open(f, c, t -> RunViews.translation(t, data));
    Map<String, Object> m =
        components(f.architecture().hyperparameters(), f.loss().name(), f.optimizers(), config);
    if (f.history().enabled()) {
      m.put("history", f.history().toString());
    }
    return new RunSetup(
        f,
        opener,
        schedule,
        config,
        data,
        f.architecture().exampleShape(),
        0,
        data.fileChecksums(),
        m);
  }

  /**
   * A paired translation model (pix2pix, SRGAN). Its picture has one row per fixed pair: {@code x,
   * G(x), y}, from the first {@code n} pairs of the data's batch 0 (fixed, whatever the training
   * batch size); config.json records the transform of {@link PairedTranslation} data. The example
   * shape is the output's.
   */
  public static RunSetup paired(Pix2PixFamily f, TrainerConfig config, Schedule schedule) {
    PairedDataSource data = f.data();
    Function<TrainerConfig, OpenRun> opener = c -> open(f, c, t -> RunViews.paired(t, data));
    Map<String, Object> m =
        components(
            f.architecture().hyperparameters(),
            f.architecture().objective(),
            f.optimizers(),
            config);
    if (data instanceof PairedTranslation p) {
      m.put("transform", p.transform().describe());
    }
    return new RunSetup(
        f,
        opener,
        schedule,
        config,
        data,
        f.architecture().outputShape(),
        0,
        data.fileChecksums(),
        m);
  }

  @Override
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  @Override
  public String toString() {
    return "RunSetup" + components + " shape " + Arrays.toString(exampleShape);
  }
}
