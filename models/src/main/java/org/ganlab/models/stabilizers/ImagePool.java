package org.ganlab.models.stabilizers;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * A history of generated images for the discriminator updates (Shrivastava et al. 2017, "Learning
 * from Simulated and Unsupervised Images through Adversarial Training", section 2.3), in the form
 * CycleGAN uses (Zhu et al. 2017, section 4: a buffer of 50 earlier generated images, the authors'
 * {@code ImagePool.query}): D sees some older fakes, so G cannot win by chasing D's latest weakness
 * and the two networks oscillate less.
 *
 * <p>The rule, image by image in batch order: while the pool holds fewer than {@code capacity}
 * images the image is stored and returned; once it is full, with probability 1/2 a uniformly chosen
 * stored image is returned and the new image takes its place, otherwise the new image is returned
 * and the pool is left alone. Per image i the draws are u[i][0] (swap when above 0.5) and u[i][1]
 * (slot floor(u * capacity)) of one [b, 2] stateless uniform tensor from the given seed, so a
 * step's choices are a pure function of its seed.
 *
 * <p>The state is two graph variables, "{@code name}/images" [capacity, ...image shape] and "{@code
 * name}/count", so every checkpoint of the graph saves it and a resumed run continues with the same
 * pool. A {@link Query} computes the returned images and an update op that writes the new state;
 * run the update once per discriminator step, in the same session run as the images it returns.
 *
 * @param <T> the image dtype
 */
public final class ImagePool<T extends TFloating> {
  /** CycleGAN's pool size. */
  public static final int DEFAULT_CAPACITY = 50;

  private final Ops tf;
  private final int capacity;
  private final Shape imageShape;
  private final Variable<T> images;
  private final Variable<TInt32> count;

  /**
   * An empty pool under scope {@code name}.
   *
   * @param tf the ops of the graph the pool's variables and ops are built into
   * @param name the scope name of the pool's variables
   * @param dtype the element type of the images
   * @param capacity the number of images the pool holds, at least 1
   * @param imageShape the shape of one image, e.g. [28, 28, 1]
   */
  public ImagePool(Ops tf, String name, Class<T> dtype, int capacity, Shape imageShape) {
    Checks.positive("capacity", capacity);
    if (imageShape.hasUnknownDimension()) {
      throw new IllegalArgumentException("image shape must be static, got " + imageShape);
    }
    this.tf = tf.withSubScope(name);
    this.capacity = capacity;
    this.imageShape = imageShape;
    Shape poolShape = Shape.of(capacity).append(imageShape);
    this.images = this.tf.withName("images").variable(poolShape, dtype);
    this.count = this.tf.withName("count").variable(Shape.scalar(), TInt32.class);
    Ops init = this.tf.withInitScope();
    init.withName("images_init").assign(images, init.zeros(init.constant(poolShape), dtype));
    init.withName("count_init").assign(count, init.constant(0));
  }

  /**
   * {@return the images to show the discriminator in place of {@code generated}, and the op that
   * updates the pool} The returned images carry no gradient (the pool feeds only D's update).
   *
   * @param generated [b, ...image shape] with a static batch size b
   * @param seed a [2] int64 seed, e.g. a trainer random stream
   */
  public Query<T> query(Operand<T> generated, Operand<TInt64> seed) {
    Shape s = generated.shape();
    if (s.numDimensions() < 1 || s.size(0) < 0 || !s.tail().equals(imageShape)) {
      throw new IllegalArgumentException(
          "ImagePool needs [b] + " + imageShape + " with a static b, got " + s);
    }
    int b = (int) s.size(0);
    Ops o = tf.withSubScope("query");
    Operand<TFloat32> u =
        o.random.statelessRandomUniform(o.constant(new int[] {b, 2}), seed, TFloat32.class);
    Operand<TFloat32> swapDraw = o.gather(u, o.constant(0), o.constant(1));
    Operand<TInt32> slotDraw =
        o.math.minimum(
            o.dtypes.cast(
                o.math.floor(
                    o.math.mul(
                        o.gather(u, o.constant(1), o.constant(1)), o.constant((float) capacity))),
                TInt32.class),
            o.constant(capacity - 1));
    Operand<T> pool = images;
    Operand<TInt32> n = count;
    List<Operand<T>> out = new ArrayList<>();
    for (int i = 0; i < b; i++) {
      Operand<T> image = o.stopGradient(o.gather(generated, o.constant(i), o.constant(0)));
      Operand<TBool> filling = o.math.less(n, o.constant(capacity));
      Operand<TBool> swap =
          o.math.logicalAnd(
              o.math.logicalNot(filling),
              o.math.greater(o.gather(swapDraw, o.constant(i), o.constant(0)), o.constant(0.5f)));
      Operand<TInt32> slot = o.select(filling, n, o.gather(slotDraw, o.constant(i), o.constant(0)));
      out.add(o.select(swap, o.gather(pool, slot, o.constant(0)), image));
      Operand<T> written =
          o.tensorScatterNdUpdate(
              pool,
              o.reshape(slot, o.constant(new long[] {1, 1})),
              o.expandDims(image, o.constant(0)));
      pool = o.select(o.math.logicalOr(filling, swap), written, pool);
      n = o.math.add(n, o.dtypes.cast(filling, TInt32.class));
    }
    Operand<T> returned = o.withName("images").stack(out);
    // The writes wait for every read of the old pool, so no read can see a half-updated pool.
    Ops after = o.withControlDependencies(List.of(returned));
    Op update =
        o.withControlDependencies(List.of(after.assign(images, pool), after.assign(count, n)))
            .withName("update")
            .noOp();
    return new Query<>(returned, update);
  }

  /**
   * {@return the stored images, [capacity, ...image shape] (slots beyond {@link #count()} are
   * zeros)}
   */
  public Variable<T> images() {
    return images;
  }

  /** {@return how many slots are filled} */
  public Variable<TInt32> count() {
    return count;
  }

  /** {@return the pool size} */
  public int capacity() {
    return capacity;
  }

  /**
   * One query of the pool.
   *
   * @param images [b, ...] the images to show the discriminator
   * @param update writes the pool's new contents and count
   */
  public record Query<T extends TFloating>(Operand<T> images, Op update) {}
}
