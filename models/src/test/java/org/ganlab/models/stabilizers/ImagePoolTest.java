package org.ganlab.models.stabilizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The image pool against a plain-Java port of the CycleGAN authors' {@code ImagePool.query}, fed
 * the same documented draws, and its state through a checkpoint. Images are single pixels whose
 * value names them (step * 10 + index + 1), so every returned image says where it came from.
 */
class ImagePoolTest {
  private static final int CAPACITY = 3;
  private static final int BATCH = 2;
  private static final Seeds SEEDS = new Seeds(7);

  /** The pool graph: a fed batch of [2, 1, 1, 1] images and a fed [2] seed. */
  private static final class PoolGraph implements AutoCloseable {
    final Graph graph = new Graph();
    final Ops tf = Ops.create(graph);
    final Placeholder<TFloat32> images =
        tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(BATCH, 1, 1, 1)));
    final Placeholder<TInt64> seed = tf.placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    final ImagePool<TFloat32> pool =
        new ImagePool<>(tf, "pool", TFloat32.class, CAPACITY, Shape.of(1, 1, 1));
    final ImagePool.Query<TFloat32> query = pool.query(images, seed);
    final Session session = new Session(graph);

    PoolGraph() {
      session.initialize();
    }

    /** One query with its update at {@code step}; returns the images shown to D. */
    float[] step(long step) {
      float[] in = new float[BATCH];
      for (int i = 0; i < BATCH; i++) {
        in[i] = step * 10 + i + 1;
      }
      try (TFloat32 x = TFloat32.tensorOf(Shape.of(BATCH, 1, 1, 1), DataBuffers.of(in));
          TInt64 s = TInt64.vectorOf(SEEDS.pair("pool", step));
          Result r =
              session
                  .runner()
                  .feed(images, x)
                  .feed(seed, s)
                  .fetch(query.images())
                  .addTarget(query.update())
                  .run()) {
        float[] out = new float[BATCH];
        ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
        return out;
      }
    }

    @Override
    public void close() {
      session.close();
      graph.close();
    }
  }

  /** The authors' rule in plain Java, with draws u[i] = (swap draw, slot draw). */
  private static final class ReferencePool {
    final List<Float> stored = new ArrayList<>();
    int swaps;
    int keeps;

    float[] query(float[] batch, float[][] u) {
      float[] out = new float[batch.length];
      for (int i = 0; i < batch.length; i++) {
        if (stored.size() < CAPACITY) {
          stored.add(batch[i]);
          out[i] = batch[i];
        } else if (u[i][0] > 0.5f) {
          int slot = Math.min((int) Math.floor(u[i][1] * CAPACITY), CAPACITY - 1);
          out[i] = stored.get(slot);
          stored.set(slot, batch[i]);
          swaps++;
        } else {
          out[i] = batch[i];
          keeps++;
        }
      }
      return out;
    }
  }

  /** The [2, 2] draws the pool documents: statelessRandomUniform([b, 2], seed). */
  private static float[][] draws(long step) {
    try (Graph g = new Graph();
        Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      float[] u =
          Graphs.floats(
              s,
              tf.random.statelessRandomUniform(
                  tf.constant(new int[] {BATCH, 2}),
                  tf.constant(SEEDS.pair("pool", step)),
                  TFloat32.class));
      return new float[][] {{u[0], u[1]}, {u[2], u[3]}};
    }
  }

  @Test
  void followsTheCycleGanRuleForAFixedSeed() {
    ReferencePool ref = new ReferencePool();
    try (PoolGraph p = new PoolGraph()) {
      // Filling: the first three images are stored and returned as they are.
      assertThat(p.step(0)).containsExactly(1, 2);
      ref.query(new float[] {1, 2}, draws(0));
      for (long step = 1; step < 12; step++) {
        float[] batch = {step * 10 + 1, step * 10 + 2};
        float[] expected = ref.query(batch, draws(step));
        assertThat(p.step(step)).as("step %d", step).containsExactly(expected);
        float[] stored = Graphs.floats(p.session, p.pool.images());
        float[] refStored = new float[CAPACITY];
        for (int i = 0; i < CAPACITY; i++) {
          refStored[i] = ref.stored.get(i);
        }
        assertThat(stored).as("pool after step %d", step).containsExactly(refStored);
      }
      assertThat(Graphs.ints(p.session, p.pool.count())).containsExactly(CAPACITY);
    }
    // Both branches of the rule were exercised (21 draws after filling).
    assertThat(ref.swaps).isGreaterThan(3);
    assertThat(ref.keeps).isGreaterThan(3);
  }

  @Test
  void stateRoundTripsThroughACheckpoint(@TempDir Path dir) {
    float[] continued;
    float[] storedAtSave;
    try (PoolGraph p = new PoolGraph()) {
      for (long step = 0; step < 3; step++) {
        p.step(step);
      }
      storedAtSave = Graphs.floats(p.session, p.pool.images());
      new Checkpointer(p.graph).save(p.session, dir.resolve("step-000003"));
      continued = concat(p.step(3), p.step(4), Graphs.floats(p.session, p.pool.images()));
    }
    try (PoolGraph p = new PoolGraph()) {
      Checkpointer ckpt = new Checkpointer(p.graph);
      assertThat(ckpt.variableNames()).contains("pool/images", "pool/count");
      ckpt.restore(p.session, dir.resolve("step-000003"));
      assertThat(Graphs.floats(p.session, p.pool.images())).containsExactly(storedAtSave);
      assertThat(Graphs.ints(p.session, p.pool.count())).containsExactly(CAPACITY);
      float[] resumed = concat(p.step(3), p.step(4), Graphs.floats(p.session, p.pool.images()));
      assertThat(resumed).containsExactly(continued);
    }
  }

  @Test
  void rejectsBadCapacityAndShapes() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      assertThatThrownBy(() -> new ImagePool<>(tf, "a", TFloat32.class, 0, Shape.of(2)))
          .hasMessageContaining("capacity");
      ImagePool<TFloat32> pool = new ImagePool<>(tf, "b", TFloat32.class, 5, Shape.of(2, 2, 1));
      Placeholder<TFloat32> dynamic =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 2, 2, 1)));
      assertThatThrownBy(() -> pool.query(dynamic, tf.constant(new long[] {1, 2})))
          .hasMessageContaining("static b");
      assertThatThrownBy(
              () ->
                  pool.query(
                      tf.zeros(tf.constant(new long[] {1, 3, 3, 1}), TFloat32.class),
                      tf.constant(new long[] {1, 2})))
          .hasMessageContaining("[2, 2, 1]");
    }
  }

  private static float[] concat(float[]... parts) {
    float[] all = new float[Arrays.stream(parts).mapToInt(a -> a.length).sum()];
    int at = 0;
    for (float[] a : parts) {
      System.arraycopy(a, 0, all, at, a.length);
      at += a.length;
    }
    return all;
  }
}
