package org.ganlab.docs.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.metrics.eval.TextToImageEvaluator;
import org.ganlab.models.TextToImage;
import org.ganlab.models.TextToImageFamily;
import org.ganlab.models.TextToImageModel;
import org.ganlab.models.TextToImageSampler;

/**
 * Trains GAN-INT-CLS on captioned Fashion-MNIST in plain Java (no Guice, no command line, no run
 * directory), draws images for a caption, and scores the generator before and after training with
 * the evaluator the {@code text-to-image} experiment uses. Guide chapter "Text-to-image".
 *
 * <p>{@code main} trains 800 steps from seed 0; pass another step count and seed as arguments.
 */
public final class TextToImageTraining {
  /** Captions scored per split (seen and held-out combinations). */
  public static final int EVAL_SAMPLES = 300;

  /** The caption {@link Outcome#pictures()} are drawn for. */
  public static final String CAPTION = "a large light pullover";

  private TextToImageTraining() {}

  /**
   * What a run of the example produced.
   *
   * @param records every training step's values
   * @param untrained the evaluator's columns before training
   * @param trained the evaluator's columns after training
   * @param pictures 8 images of {@link #CAPTION}, 28x28 each, values in [-1, 1]
   */
  public record Outcome(
      List<StepRecord> records,
      Map<String, Number> untrained,
      Map<String, Number> trained,
      float[] pictures) {}

  /** Trains {@code args[0]} steps (default 800) from seed {@code args[1]} (default 0). */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 800;
    Outcome o = train(steps, args.length > 1 ? Long.parseLong(args[1]) : 0);
    System.out.println("untrained: " + o.untrained());
    System.out.println("trained:   " + o.trained());
  }

  /** Trains {@code steps} steps from root seed {@code seed}. */
  public static Outcome train(long steps, long seed) {
    // [START train]
    FashionMnist fashion = FashionMnist.embedded();
    Seeds seeds = new Seeds(seed);
    // Each training image captioned by the fixed rules, the six held-out combinations left out.
    CaptionedDataSource data = CaptionedDataSource.training(fashion.train(), seeds);
    // The paper's Adam betas at 5x its rate, and narrow networks (z of 32, f = 16, 16-wide words,
    // 32-wide captions compressed to 16, INT weight 1), so that a few hundred steps show learning.
    Adam adam = new Adam(1e-3, 0.5, 0.999);
    TextToImageFamily family =
        new TextToImageFamily(
            new TextToImage(32, 16, 16, 32, 16, 1.0), data, OptimizerPair.of(adam));
    List<StepRecord> records = new ArrayList<>();
    try (TextToImageEvaluator eval =
            new TextToImageEvaluator(
                fashion::test,
                new Seeds(5),
                EVAL_SAMPLES,
                null,
                CaptionRules.FASHION_MNIST,
                data.heldOut());
        GanTrainer<TextToImageModel> trainer =
            GanTrainer.open(family, TrainerConfig.of(seed).withBatchSize(64))) {
      // Its "classes" are the 40 caption combinations; it also takes free text.
      TextToImageSampler sampler = new TextToImageSampler(trainer);
      Map<String, Number> untrained = eval.evaluate(sampler);
      trainer.train(steps, (t, record, nanos) -> records.add(record));
      Map<String, Number> trained = eval.evaluate(sampler);
      float[] pictures = sampler.sample(seeds.pair("my-pictures", 0), 8, CAPTION);
      return new Outcome(records, untrained, trained, pictures);
    }
    // [END train]
  }
}
