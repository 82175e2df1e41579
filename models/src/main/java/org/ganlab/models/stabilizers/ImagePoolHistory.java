package org.ganlab.models.stabilizers;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.train.GeneratedHistory;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * CycleGAN's image pool as a trainer option (Zhu et al. 2017, section 4; Shrivastava et al. 2017,
 * section 2.3): each discriminator is updated on an {@link ImagePool} of {@code capacity} earlier
 * generated images instead of only the latest ones, e.g. {@code preset.family(data).withHistory(new
 * ImagePoolHistory(50))} or the {@code image_pool} key of the {@code cyclegan} experiment. The
 * pool's images and count are graph variables under "{@code image_pool}" in the scope the family
 * gives it, so checkpoints save them; its draws come from the trainer's random stream, so a resumed
 * run continues with the same pool.
 *
 * @param capacity images per pool (the paper's 50); 0 turns the pool off, adding nothing to the
 *     graph
 */
public record ImagePoolHistory(int capacity) implements GeneratedHistory {
  /** {@code image_pool}: the pool size, 0 for none. */
  public static final List<Hyperparameter<ImagePoolHistory>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofInt(
              "image_pool",
              0,
              10_000,
              "earlier generated images each discriminator is trained on (CycleGAN's pool: 50;"
                  + " 0 = off)",
              ImagePoolHistory::capacity,
              (h, c) -> new ImagePoolHistory(c)));

  /**
   * Checks the capacity.
   *
   * @param capacity images per pool (the paper's 50); 0 turns the pool off, adding nothing to the
   *     graph
   */
  public ImagePoolHistory {
    Checks.nonNegative("capacity", capacity);
  }

  /** {@return the paper's pool of {@value ImagePool#DEFAULT_CAPACITY} images} */
  public static ImagePoolHistory standard() {
    return new ImagePoolHistory(ImagePool.DEFAULT_CAPACITY);
  }

  @Override
  public Query build(Ops tf, Operand<TFloat32> generated, Operand<TInt64> seed) {
    ImagePool<TFloat32> pool =
        new ImagePool<>(tf, "image_pool", TFloat32.class, capacity, generated.shape().tail());
    ImagePool.Query<TFloat32> q = pool.query(generated, seed);
    return new Query(q.images(), q.update());
  }

  @Override
  public boolean enabled() {
    return capacity > 0;
  }
}
