package org.ganlab.experiments;

import java.util.Arrays;
import org.ganlab.core.data.PairedDataSource;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.image.SampleRenderer;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentInterpolation;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.Sampler;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.ganlab.metrics.text.SoftmaxWords;
import org.ganlab.models.Pix2PixModel;
import org.ganlab.models.Pix2PixTranslator;

/** What a run shows of an open trainer, per kind of family: {@link OpenRun}s. */
public final class RunViews {
  private RunViews() {}

  /**
   * The view of any family that generates from latent codes: its sampler, and a picture of the
   * codes of {@code seeds.pair("fixed-latent", 0)} (a conditional sampler's default labels give
   * each grid row one class, {@link LatentSampler#rowLabels}).
   */
  public static OpenRun latent(GanTrainer<?> t, Sampler sampler, SampleRenderer renderer) {
    int classes = sampler.numClasses();
    long[] seed = new Seeds(t.config().seed()).pair("fixed-latent", 0);
    OpenRun.Picture picture =
        (n, labels) -> {
          int[] l = labels == null && classes > 0 ? LatentSampler.rowLabels(n, classes) : labels;
          return renderer.render(sampler.sample(seed, n, l), n);
        };
    return new OpenRun(t, picture, sampler, null);
  }

  /** The view of a CycleGAN-style model: its translator and {@link Translator#picture}. */
  public static OpenRun translation(GanTrainer<CycleGanModel> t, UnpairedDataSource data) {
    Translator tr = new Translator(t);
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels != null) {
            throw new IllegalArgumentException("a translation model takes no labels");
          }
          return tr.picture(data, n);
        };
    return new OpenRun(t, picture, null, tr);
  }

  /**
   * The view of a paired translation model (pix2pix): its translator as the paired mapping, and
   * {@link Pix2PixTranslator#picture} (rows of input, output, truth).
   */
  public static OpenRun paired(GanTrainer<Pix2PixModel> t, PairedDataSource data) {
    Pix2PixTranslator tr = new Pix2PixTranslator(t);
    OpenRun.Picture picture =
        (n, labels) -> {
          if (labels != null) {
            throw new IllegalArgumentException("a translation model takes no labels");
          }
          return tr.picture(data, n);
        };
    return new OpenRun(t, picture, null, null).withPaired(tr::translate);
  }

  /**
   * The view of a text family: its sampler, and words decoded from the codes of {@code
   * seeds.pair("fixed-latent", 0)} ({@link SoftmaxWords}); it has no picture.
   */
  public static OpenRun words(GanTrainer<?> t, Sampler sampler, Alphabet alphabet) {
    long[] seed = new Seeds(t.config().seed()).pair("fixed-latent", 0);
    int length = sampler.exampleShape()[0];
    OpenRun.Picture none =
        (n, labels) -> {
          throw new IllegalArgumentException(
              "a text model's samples are words, not a picture: write them to a .txt file");
        };
    OpenRun.Words words =
        n -> SoftmaxWords.decode(sampler.sample(seed, n, null), n, length, alphabet);
    return new OpenRun(t, none, sampler, null, words);
  }

  /**
   * An interpolation grid of an open run ({@link LatentInterpolation#grid}): {@code rows} rows of
   * {@code steps} images, row {@code i} from fixed code {@code i} to fixed code {@code rows + i} of
   * the sample picture's seed, {@code seeds.pair("fixed-latent", 0)}.
   *
   * @param labels a conditional model's class per row ({@code labels[i]}), or null for row {@code
   *     i}'s class {@code i mod classes}
   * @throws IllegalArgumentException for a family without a latent sampler or not making images
   */
  public static ImageGrid.Tiled interpolation(OpenRun open, int rows, int steps, int[] labels) {
    if (!(open.sampler() instanceof LatentSampler sampler) || open.words() != null) {
      throw new IllegalArgumentException(
          "--interpolate needs a family that generates images from latent codes");
    }
    int[] shape = sampler.exampleShape();
    if (shape.length != 3) {
      throw new IllegalArgumentException(
          "--interpolate draws images; this run generates examples of shape "
              + Arrays.toString(shape));
    }
    int[] y = null;
    if (sampler.numClasses() > 0) {
      y = new int[rows];
      for (int i = 0; i < rows; i++) {
        y[i] = labels != null ? labels[i % labels.length] : i % sampler.numClasses();
      }
    }
    long[] seed = new Seeds(open.trainer().config().seed()).pair("fixed-latent", 0);
    float[] px = LatentInterpolation.grid(sampler, seed, rows, steps, y);
    return ImageGrid.tile(px, rows * steps, shape[0], shape[1], shape[2], steps, 2);
  }
}
