package org.ganlab.core.train.hooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Saves the sample picture at step 0, every {@code every} steps and at the last step as {@code
 * <dir>/step-XXXXXX.png} (written atomically); a listener may show each picture elsewhere too
 * (TensorBoard, say).
 */
public final class SampleHook implements TrainingHook {
  /** Told of each picture before it is saved. */
  @FunctionalInterface
  public interface Listener {
    /** The picture of {@code step}. */
    void drawn(long step, ImageGrid.Tiled picture);
  }

  private final Path dir;
  private final Supplier<ImageGrid.Tiled> picture;
  private final ImageGrid encoder;
  private final long every;
  private final long lastStep;
  private final Listener listener;

  /**
   * @param dir the folder of the pictures (created when the first is saved)
   * @param picture draws the picture of the current weights (from fixed inputs, so pictures of
   *     different steps compare)
   * @param encoder encodes it as PNG
   * @param every picture interval in steps
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
    if (every <= 0) {
      throw new IllegalArgumentException("sample interval must be positive, got " + every);
    }
    this.dir = dir;
    this.picture = picture;
    this.encoder = encoder;
    this.every = every;
    this.lastStep = lastStep;
    this.listener = listener;
  }

  /** As above, with no listener. */
  public SampleHook(
      Path dir, Supplier<ImageGrid.Tiled> picture, ImageGrid encoder, long every, long lastStep) {
    this(dir, picture, encoder, every, lastStep, (step, p) -> {});
  }

  /** The picture of {@code step} in {@code dir}: {@code step-XXXXXX.png}. */
  public static Path file(Path dir, long step) {
    return dir.resolve(String.format("step-%06d.png", step));
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
    ImageGrid.Tiled p = picture.get();
    listener.drawn(step, p);
    Path f = file(dir, step);
    try {
      AtomicFiles.write(f, encoder.encode(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }
}
