package org.ganlab.experiments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.train.AnomalyScorer;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.Sampler;
import org.ganlab.core.train.cycle.Translator;
import org.ganlab.metrics.eval.ImageMapping;

/**
 * An open trainer and what a run directory shows of it: its sample picture, and for evaluation its
 * sampler (families that generate from noise), translator (translation families) or anomaly scorer
 * (one-class detectors). Closing it closes the trainer.
 *
 * @param trainer the trainer
 * @param picture draws the sample picture of the current weights
 * @param sampler generates examples for evaluation, or null
 * @param translator translates held-out images for evaluation, or null
 * @param words the text samples of a text family (written as text files, not pictures), or null
 * @param anomalyScorer scores held-out images of a one-class detector, or null
 * @param paired translates held-out inputs of a paired translation family (pix2pix), or null
 */
public record OpenRun(
    GanTrainer<?> trainer,
    Picture picture,
    Sampler sampler,
    Translator translator,
    Words words,
    AnomalyScorer anomalyScorer,
    ImageMapping paired)
    implements AutoCloseable {

  /** A view without an anomaly scorer. */
  public OpenRun(
      GanTrainer<?> trainer, Picture picture, Sampler sampler, Translator translator, Words words) {
    this(trainer, picture, sampler, translator, words, null, null);
  }

  /** An image or point family's view: no text samples. */
  public OpenRun(GanTrainer<?> trainer, Picture picture, Sampler sampler, Translator translator) {
    this(trainer, picture, sampler, translator, null);
  }

  /** Decodes text samples of the current weights from fixed inputs (text families). */
  @FunctionalInterface
  public interface Words {
    /** {@code n} generated words or phrases. */
    List<String> draw(int n);

    /** {@code n} words as a UTF-8 text file, one per line. */
    default byte[] file(int n) {
      return (String.join("\n", draw(n)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Draws the sample picture of the current weights from fixed inputs. */
  @FunctionalInterface
  public interface Picture {
    /**
     * @param n how many samples (images in a grid, points in a scatter plot, rows of translations)
     * @param labels requested classes of a conditional model (length n), or null for the default
     *     (one class per grid row)
     */
    ImageGrid.Tiled draw(int n, int[] labels);
  }

  /** The sampler, or a clear error naming what this family offers instead. */
  public Sampler requireSampler() {
    if (sampler == null) {
      throw new IllegalStateException(
          "this run's family ("
              + trainer.model().getClass().getSimpleName()
              + ") does not generate from noise; its evaluator needs a sampler");
    }
    return sampler;
  }

  /** This view with {@code scorer} as its anomaly scorer. */
  public OpenRun withAnomalyScorer(AnomalyScorer scorer) {
    return new OpenRun(trainer, picture, sampler, translator, words, scorer, paired);
  }

  /** This view with {@code mapping} as its paired translator. */
  public OpenRun withPaired(ImageMapping mapping) {
    return new OpenRun(trainer, picture, sampler, translator, words, anomalyScorer, mapping);
  }

  /** The paired translator, or a clear error. */
  public ImageMapping requirePaired() {
    if (paired == null) {
      throw new IllegalStateException(
          "this run's family ("
              + trainer.model().getClass().getSimpleName()
              + ") is not a paired translation model; its evaluator needs a paired translator");
    }
    return paired;
  }

  /** The anomaly scorer, or a clear error. */
  public AnomalyScorer requireAnomalyScorer() {
    if (anomalyScorer == null) {
      throw new IllegalStateException(
          "this run ("
              + trainer.model().getClass().getSimpleName()
              + ") is not a one-class detector; its evaluator needs an anomaly scorer");
    }
    return anomalyScorer;
  }

  /** The translator, or a clear error. */
  public Translator requireTranslator() {
    if (translator == null) {
      throw new IllegalStateException(
          "this run's family ("
              + trainer.model().getClass().getSimpleName()
              + ") is not a translation model; its evaluator needs a translator");
    }
    return translator;
  }

  @Override
  public void close() {
    trainer.close();
  }
}
