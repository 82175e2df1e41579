package org.ganlab.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.core.data.captions.Vocabulary;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.image.SampleRenderer;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.seed.Seeds;
import org.ganlab.models.TextToImageSampler;

/**
 * {@code ganlab sample RUN --text CAPTION}: a PNG grid of {@code n} images a text-to-image run's
 * checkpoint draws for one caption, from the fixed noise of the run's sample picture. The caption
 * is checked against the {@link Vocabulary} before the run is opened, so an unknown word is named
 * at once.
 */
public final class TextSamples {
  private TextSamples() {}

  /**
   * Writes the grid.
   *
   * @param runDir the run directory of a text-to-image run
   * @param step the checkpoint's step, or empty for the newest intact one
   * @param n the number of images
   * @param caption the caption, words of the {@link Vocabulary}
   * @param registry resolves the run's experiment
   * @param out where skipped checkpoints are reported
   * @param output the PNG file to write
   * @return {@code output}
   * @throws IllegalArgumentException naming an unknown word
   * @throws ConfigException if the run is not a text-to-image run
   */
  public static Path write(
      Path runDir,
      Optional<Long> step,
      int n,
      String caption,
      ExperimentRegistry registry,
      PrintStream out,
      Path output) {
    Vocabulary.encode(caption);
    try (RestoredRun restored = RestoredRun.open(runDir, step, registry, out);
        ImageGrid grid = new ImageGrid()) {
      OpenRun open = restored.open();
      if (!(open.sampler() instanceof TextToImageSampler sampler)) {
        throw new ConfigException(
            "--text needs a text-to-image run; "
                + runDir
                + " is a "
                + restored.run().experiment().name()
                + " run");
      }
      long[] seed = new Seeds(open.trainer().config().seed()).pair("fixed-latent", 0);
      int[] shape = sampler.exampleShape();
      byte[] bytes =
          grid.encode(
              SampleRenderer.forExamples(shape, null).render(sampler.sample(seed, n, caption), n));
      AtomicFiles.write(output, bytes);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
