package org.ganlab.experiments;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.Sampler;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.ganlab.experiments.run.ImageGrid;
import org.ganlab.experiments.run.SampleRenderer;

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
    Function<TrainerConfig, OpenRun> opener =
        c -> open(g, c, t -> latentView(t, new LatentSampler(t, classes), renderer));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", g.architecture().hyperparameters());
    m.put("loss", g.loss().name());
    m.put("regularizers", g.regularizers().stream().map(Regularizer::name).toList());
    m.put("discriminatorOptimizer", g.discriminatorOptimizer().describe());
    m.put("generatorOptimizer", g.generatorOptimizer().describe());
    m.put(
        "trainer",
        Map.of(
            "batchSize",
            config.batchSize(),
            "nCritic",
            config.nCritic(),
            "emaDecay",
            config.emaDecay()));
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
   * The view of any family that generates from latent codes: its sampler, and a picture of the
   * codes of {@code seeds.pair("fixed-latent", 0)} (a conditional sampler's default labels give
   * each grid row one class).
   */
  public static OpenRun latentView(GanTrainer<?> t, Sampler sampler, SampleRenderer renderer) {
    int classes = sampler.numClasses();
    long[] seed = new Seeds(t.config().seed()).pair("fixed-latent", 0);
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels == null && classes > 0) {
            labels = new int[n];
            int perRow = (int) Math.ceil(Math.sqrt(n));
            for (int i = 0; i < n; i++) {
              labels[i] = (i / perRow) % classes;
            }
          }
          return renderer.render(sampler.sample(seed, n, labels), n);
        };
    return new OpenRun(t, picture, sampler, null);
  }

  /**
   * A CycleGAN-style translation model. Its picture has one row per fixed pair of inputs: {@code a,
   * G(a), F(G(a)), b, F(b), G(F(b))}, from the first {@code n} images of each domain's batch 0
   * (fixed, whatever the training batch size).
   */
  public static RunSetup cycle(CycleGanFamily f, TrainerConfig config, Schedule schedule) {
    UnpairedDataSource data = f.data();
    Function<TrainerConfig, OpenRun> opener = c -> open(f, c, t -> translationView(t, data));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("architecture", f.architecture().hyperparameters());
    m.put("loss", f.loss().name());
    m.put("discriminatorOptimizer", f.discriminatorOptimizer().describe());
    m.put("generatorOptimizer", f.generatorOptimizer().describe());
    m.put("trainer", Map.of("batchSize", config.batchSize(), "nCritic", config.nCritic()));
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

  private static OpenRun translationView(GanTrainer<CycleGanModel> t, UnpairedDataSource data) {
    Translator tr = new Translator(t);
    int[] shape = data.shape();
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels != null) {
            throw new IllegalArgumentException("a translation model takes no labels");
          }
          UnpairedBatch in = data.batch(0, n);
          float[] a = in.a().values();
          float[] b = in.b().values();
          float[] ab = tr.translateAToB(a, n);
          float[] ba = tr.translateBToA(b, n);
          float[][] columns = {a, ab, tr.translateBToA(ab, n), b, ba, tr.translateAToB(ba, n)};
          int size = shape[0] * shape[1] * shape[2];
          float[] cells = new float[n * columns.length * size];
          for (int row = 0; row < n; row++) {
            for (int col = 0; col < columns.length; col++) {
              System.arraycopy(
                  columns[col], row * size, cells, (row * columns.length + col) * size, size);
            }
          }
          return ImageGrid.tile(
              cells, n * columns.length, shape[0], shape[1], shape[2], columns.length, 2);
        };
    return new OpenRun(t, picture, null, tr);
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
