package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/** The feeding helpers every {@link Feeder} and sampler shares: arrays to tensors, stream seeds. */
public final class Feeds {
  private Feeds() {}

  /**
   * {@return a float tensor of {@code shape} holding {@code values} (row-major, e.g. NHWC images)}
   *
   * @param values the values, row-major
   * @param shape the tensor's shape
   * @param what names the tensor in the error when the sizes differ
   * @throws IllegalArgumentException if {@code values} has not exactly {@code shape.size()}
   *     elements
   */
  public static TFloat32 floats(float[] values, Shape shape, String what) {
    if (values.length != shape.size()) {
      throw new IllegalArgumentException(
          what
              + " has "
              + values.length
              + " values, expected "
              + shape.size()
              + " for shape "
              + Arrays.toString(shape.asArray()));
    }
    return TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
  }

  /** Adds an update's feeds to a runner, recording each tensor it creates. */
  @FunctionalInterface
  public interface Body {
    /**
     * Feeds {@code runner}, adding every created tensor to {@code created}.
     *
     * @param created the list each new tensor is added to
     */
    void feed(List<Tensor> created);
  }

  /**
   * Runs {@code body} and returns the tensors it created; if it throws, closes them first. The
   * frame of every {@link Feeder}: the trainer closes the returned tensors after the update.
   *
   * @param body creates tensors and adds them to the list it is given
   * @return the tensors {@code body} created, for the caller to close
   */
  public static List<Tensor> collect(Body body) {
    List<Tensor> created = new ArrayList<>();
    try {
      body.feed(created);
      return created;
    } catch (RuntimeException e) {
      created.forEach(Tensor::close);
      throw e;
    }
  }

  /**
   * Feeds {@code values} to {@code placeholder} as a tensor of its static shape ({@link #floats})
   * and adds the tensor to {@code created}.
   *
   * @param runner the runner to feed
   * @param placeholder the placeholder, with a static shape
   * @param values the values, row-major
   * @param what names the tensor in the error when the sizes differ
   * @param created the list the new tensor is added to
   */
  public static void values(
      Session.Runner runner,
      Placeholder<TFloat32> placeholder,
      float[] values,
      String what,
      List<Tensor> created) {
    TFloat32 t = floats(values, placeholder.shape(), what);
    created.add(t);
    runner.feed(placeholder, t);
  }

  /**
   * {@return {@code placeholder}'s static shape with its first (batch) dimension set to {@code n}}
   *
   * @param placeholder a placeholder with a static shape
   * @param n the batch size
   */
  public static Shape withBatch(Operand<?> placeholder, long n) {
    long[] dims = placeholder.shape().asArray();
    dims[0] = n;
    return Shape.of(dims);
  }

  /**
   * Feeds every stream of {@code streams} with {@code seeds.pair(prefix + name, update)} and adds
   * the tensors to {@code created}.
   *
   * @param runner the runner to feed
   * @param streams the model's random streams
   * @param seeds the run's seeds
   * @param prefix prepended to each stream's name to form its seed purpose
   * @param update the update index, which makes the seeds differ per update
   * @param created the list the new tensors are added to
   */
  public static void streams(
      Session.Runner runner,
      RandomStreams streams,
      Seeds seeds,
      String prefix,
      long update,
      List<Tensor> created) {
    for (Map.Entry<String, Placeholder<TInt64>> e : streams.all().entrySet()) {
      TInt64 s = TInt64.vectorOf(seeds.pair(prefix + e.getKey(), update));
      created.add(s);
      runner.feed(e.getValue(), s);
    }
  }

  /**
   * Reads a float tensor into a new array.
   *
   * @param t a float32 tensor
   * @return its values, row-major
   */
  public static float[] read(Tensor t) {
    float[] out = new float[(int) t.shape().size()];
    t.asRawTensor().data().asFloats().read(out);
    return out;
  }
}
