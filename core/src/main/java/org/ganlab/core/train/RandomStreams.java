package org.ganlab.core.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TInt64;

/**
 * The named random streams of a training graph. Each stream is a [2] int64 seed placeholder that
 * the trainer feeds, for every session run, with {@code Seeds.pair("stream/" + name, update)}: the
 * graph's randomness (latent codes, interpolation weights, dropout masks) is then a pure function
 * of the root seed and the update index, which is what makes a resumed run identical to an
 * uninterrupted one. Part of the API for writing a {@link GanFamily}: its model creates the streams
 * its graph needs, and its feeder feeds them ({@link Feeds}).
 *
 * <p>Not thread-safe: one thread builds the graph and creates its streams.
 */
public final class RandomStreams {
  private final Ops tf;
  private final Map<String, Placeholder<TInt64>> streams = new LinkedHashMap<>();

  /**
   * Streams created under {@code tf}'s scope.
   *
   * @param tf the ops the seed placeholders are created with
   */
  public RandomStreams(Ops tf) {
    this.tf = tf.withSubScope("random_streams");
  }

  /**
   * {@return the seed tensor of stream {@code name}, created on first use}
   *
   * @param name the stream's name
   */
  public Placeholder<TInt64> seed(String name) {
    return streams.computeIfAbsent(
        name,
        n ->
            tf.withName(n.replaceAll("[^A-Za-z0-9_.-]", "_"))
                .placeholder(TInt64.class, Placeholder.shape(Shape.of(2))));
  }

  /** {@return all streams, in creation order} */
  public Map<String, Placeholder<TInt64>> all() {
    return Collections.unmodifiableMap(streams);
  }
}
