package org.ganlab.core.data;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.seed.Seeds;

/**
 * Classical data augmentation: every image of a source's batch translated by a random whole number
 * of pixels, at most {@code maxShift} in each direction, the uncovered border filled with -1 (the
 * value of a black pixel). The same as padding by {@code maxShift} and taking a random crop of the
 * original size, the augmentation of most image-classification recipes.
 *
 * <p>The shifts of step {@code k} come from {@code seeds.seed("augment/shift", k)} alone, so
 * batches stay a pure function of the step.
 */
public final class ShiftedDataSource implements DataSource {
  /** The seed purpose of the shifts. */
  public static final String STREAM = "augment/shift";

  private final DataSource source;
  private final int maxShift;
  private final Seeds seeds;

  /**
   * Shifts the images of {@code source}.
   *
   * @param source a source of images ({@code {height, width, channels}} examples)
   * @param maxShift the largest shift in pixels, in each direction; at least 1
   * @param seeds the seeds of the {@code "augment/shift"} stream
   */
  public ShiftedDataSource(DataSource source, int maxShift, Seeds seeds) {
    this.source = Objects.requireNonNull(source, "source");
    this.seeds = Objects.requireNonNull(seeds, "seeds");
    if (source.shape().length != 3) {
      throw new IllegalArgumentException("only images can be shifted, not examples of rank 1");
    }
    if (maxShift < 1 || maxShift >= Math.min(source.shape()[0], source.shape()[1])) {
      throw new IllegalArgumentException(
          "the largest shift must be at least 1 and smaller than the image, got " + maxShift);
    }
    this.maxShift = maxShift;
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public int[] shape() {
    return source.shape();
  }

  @Override
  public int numClasses() {
    return source.numClasses();
  }

  @Override
  public Batch batch(long step, int batchSize) {
    Batch in = source.batch(step, batchSize);
    int h = shape()[0];
    int w = shape()[1];
    int c = shape()[2];
    int size = h * w * c;
    float[] out = new float[in.values().length];
    Rng rng = new Rng(seeds.seed(STREAM, step));
    for (int i = 0; i < in.size(); i++) {
      int dy = rng.nextInt(2 * maxShift + 1) - maxShift;
      int dx = rng.nextInt(2 * maxShift + 1) - maxShift;
      shift(in.values(), out, i * size, h, w, c, dy, dx);
    }
    return new Batch(in.shape(), out, in.labels());
  }

  /** Writes image {@code offset} of {@code src} moved down by dy and right by dx into dst. */
  static void shift(float[] src, float[] dst, int offset, int h, int w, int c, int dy, int dx) {
    for (int y = 0; y < h; y++) {
      int sy = y - dy;
      for (int x = 0; x < w; x++) {
        int sx = x - dx;
        boolean inside = sy >= 0 && sy < h && sx >= 0 && sx < w;
        for (int k = 0; k < c; k++) {
          dst[offset + (y * w + x) * c + k] = inside ? src[offset + (sy * w + sx) * c + k] : -1f;
        }
      }
    }
  }

  @Override
  public Map<String, String> fileChecksums() {
    return source.fileChecksums();
  }
}
