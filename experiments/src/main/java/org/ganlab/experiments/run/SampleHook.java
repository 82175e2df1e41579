package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;
import org.ganlab.experiments.OpenRun;

/**
 * Draws the run's sample picture at step 0, every {@code every} steps and at the last step: {@code
 * samples/step-XXXXXX.png} (written atomically) and the {@code samples} image in TensorBoard.
 */
public final class SampleHook implements TrainingHook {
  private final RunDirectory dir;
  private final OpenRun.Picture picture;
  private final ImageGrid encoder;
  private final TensorBoardWriter board;
  private final long every;
  private final long lastStep;
  private final int gridSize;

  /**
   * @param picture draws the picture
   * @param encoder encodes it as PNG
   * @param gridSize how many samples a picture holds
   */
  public SampleHook(
      RunDirectory dir,
      OpenRun.Picture picture,
      ImageGrid encoder,
      TensorBoardWriter board,
      long every,
      long lastStep,
      int gridSize) {
    this.dir = dir;
    this.picture = picture;
    this.encoder = encoder;
    this.board = board;
    this.every = every;
    this.lastStep = lastStep;
    this.gridSize = gridSize;
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
    ImageGrid.Tiled p = picture.draw(gridSize, null);
    board.image(step, "samples", p);
    try {
      Files.createDirectories(dir.samples());
      AtomicFiles.write(dir.sample(step), encoder.encode(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.sample(step) + ": " + e.getMessage(), e);
    }
  }
}
