package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.function.Function;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.captions.CaptionDropout;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.image.SampleRenderer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.TextToImage;
import org.ganlab.models.TextToImageFamily;
import org.ganlab.models.TextToImageModel;
import org.ganlab.models.TextToImageSampler;

/**
 * GAN-INT-CLS ({@link TextToImage}: a word-level caption encoder trained with D, G(z, caption), a
 * matching-aware D(x, caption); Reed et al. 2016, "Generative Adversarial Text to Image Synthesis")
 * on Fashion-MNIST captioned by fixed rules ("a large light pullover", {@link
 * CaptionedDataSource}), with six (class, brightness, size) combinations held out of training.
 * Optimizers (Adam(2e-4, 0.5, 0.999), the paper's), trainer config and schedule come from the
 * common keys. The picture has one class per row and the four (size, brightness) captions in turn
 * along each row; the default evaluator ({@code TextToImageEvaluator}) scores class accuracy,
 * attribute accuracy and FID on the test set's seen and held-out combinations. {@code --set
 * interpolation_weight=0} is GAN-CLS without the interpolated captions; {@code --set
 * caption_dropout=P} trains on partial captions too ({@link CaptionDropout}). No generator EMA.
 */
public final class TextToImageExperiment extends Experiment {
  @Override
  public String name() {
    return "text-to-image";
  }

  @Override
  public String description() {
    return "GAN-INT-CLS: captions -> Fashion-MNIST, held-out combinations (Reed et al. 2016)";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .withDefault("steps", 2000L)
        .withDefault("grid_size", 100)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the text-to-image family")
        .pin("grad_shards", 1, "data parallelism: not supported by the text-to-image family")
        .declare(TextToImage.HYPERPARAMETERS, TextToImage.standard())
        .declare(CaptionDropout.HYPERPARAMETERS, CaptionDropout.NONE)
        .build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    TextToImage arch = hp.apply(TextToImage.HYPERPARAMETERS, TextToImage.standard());
    CaptionedDataSource data =
        CaptionedDataSource.training(
            Datasets.fashionMnist(ctx).train(),
            ctx.seeds(),
            hp.apply(CaptionDropout.HYPERPARAMETERS, CaptionDropout.NONE));
    TextToImageFamily family = new TextToImageFamily(arch, data, optimizers);
    int[] shape = {28, 28, 1};
    SampleRenderer renderer = SampleRenderer.forExamples(shape, data);
    Function<TrainerConfig, OpenRun> opener = c -> RunSetup.open(family, c, t -> view(t, renderer));
    return new RunSetup(
        family,
        opener,
        schedule,
        config,
        data,
        shape,
        0,
        data.fileChecksums(),
        RunSetup.components(
            arch.hyperparameters(),
            "matching-aware non-saturating (GAN-CLS) + interpolated captions (GAN-INT)",
            optimizers,
            config));
  }

  /** Row r shows class r % 10; column c the caption of (size, brightness) combination c % 4. */
  private static OpenRun view(GanTrainer<TextToImageModel> t, SampleRenderer renderer) {
    TextToImageSampler sampler = new TextToImageSampler(t);
    long[] seed = new Seeds(t.config().seed()).pair("fixed-latent", 0);
    OpenRun.Picture picture =
        (n, labels) -> {
          int[] l = labels;
          if (l == null) {
            int perRow = (int) Math.ceil(Math.sqrt(n));
            l = new int[n];
            for (int i = 0; i < n; i++) {
              l[i] = ((i / perRow) % 10) * 4 + (i % perRow) % 4;
            }
          }
          return renderer.render(sampler.sample(seed, n, l), n);
        };
    return new OpenRun(t, picture, sampler, null);
  }
}
