package org.ganlab.core.train.hooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.ganlab.core.config.Checks;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Saves the samples of the current weights at step 0, every {@code every} steps and at the last
 * step as {@code <dir>/step-XXXXXX.<extension>} (written atomically): a PNG picture for image and
 * point families (a listener may show each picture elsewhere too, TensorBoard say), a text file for
 * text families ({@link Drawing}).
 */
public final class SampleHook implements TrainingHook {
  /** Told of each picture before it is saved. */
  @FunctionalInterface
  public interface Listener {
    /**
     * The picture of {@code step}.
     *
     * @param step the step drawn
     * @param picture the picture of the current weights
     */
    void drawn(long step, ImageGrid.Tiled picture);
  }

  /** What a sample file holds. */
  public interface Drawing {
    /** {@return the file extension, e.g. {@code png} or {@code txt}} */
    String extension();

    /**
     * {@return the file's bytes for the current weights at {@code step} (from fixed inputs)}
     *
     * @param step the step drawn
     */
    byte[] draw(long step);
  }

  private final Path dir;
  private final Drawing drawing;
  private final long every;
  private final long lastStep;

  /**
   * @param dir the folder of the files (created when the first is saved)
   * @param drawing draws a file of the current weights (from fixed inputs, so files of different
   *     steps compare)
   * @param every interval in steps
   * @param lastStep the run's last step (always drawn)
   */
  public SampleHook(Path dir, Drawing drawing, long every, long lastStep) {
    Checks.positive("sample interval", every);
    this.dir = dir;
    this.drawing = drawing;
    this.every = every;
    this.lastStep = lastStep;
  }

  /**
   * PNG pictures.
   *
   * @param dir the folder of the files (created when the first is saved)
   * @param picture draws the picture of the current weights
   * @param encoder encodes it as PNG
   * @param every interval in steps
   * @param lastStep the run's last step (always drawn)
   * @param listener told of each picture
   */
  public SampleHook(
      Path dir,
      Supplier<ImageGrid.Tiled> picture,
      ImageGrid encoder,
      long every,
      long lastStep,
      Listener listener) {
    this(
        dir,
        new Drawing() {
          @Override
          public String extension() {
            return "png";
          }

          @Override
          public byte[] draw(long step) {
            ImageGrid.Tiled p = picture.get();
            listener.drawn(step, p);
            return encoder.encode(p);
          }
        },
        every,
        lastStep);
  }

  /**
   * PNG pictures, with no listener.
   *
   * @param dir the folder of the files (created when the first is saved)
   * @param picture draws the picture of the current weights
   * @param encoder encodes it as PNG
   * @param every interval in steps
   * @param lastStep the run's last step (always drawn)
   */
  public SampleHook(
      Path dir, Supplier<ImageGrid.Tiled> picture, ImageGrid encoder, long every, long lastStep) {
    this(dir, picture, encoder, every, lastStep, (step, p) -> {});
  }

  /**
   * {@return the picture of {@code step} in {@code dir}: {@code step-XXXXXX.png}}
   *
   * @param dir the folder of the pictures
   * @param step the step
   */
  public static Path file(Path dir, long step) {
    return file(dir, step, "png");
  }

  /**
   * {@return the sample file of {@code step} in {@code dir}: {@code step-XXXXXX.<extension>}}
   *
   * @param dir the folder of the files
   * @param step the step
   * @param extension the file extension, without the dot
   */
  public static Path file(Path dir, long step, String extension) {
    return dir.resolve(String.format("step-%06d.%s", step, extension));
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    if (trainer.step() == 0) {
      draw(0);
    }
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord r, long nanos) {
    if (r.step() % every == 0 || r.step() == lastStep) {
      draw(r.step());
    }
  }

  private void draw(long step) {
    Path f = file(dir, step, drawing.extension());
    byte[] bytes = drawing.draw(step);
    try {
      AtomicFiles.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }
}
