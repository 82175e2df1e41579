package org.ganlab.losses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/** A graph and session for one test, with helpers to feed and fetch plain Java arrays. */
final class TestGraph implements AutoCloseable {
  final Graph graph = new Graph();
  final Ops tf = Ops.create(graph);
  private Session session;
  private final Map<Operand<?>, Tensor> feeds = new LinkedHashMap<>();

  /** The session, created (and variables initialized) on first use, after the graph is built. */
  Session session() {
    if (session == null) {
      session = new Session(graph);
      session.initialize();
    }
    return session;
  }

  /** Feeds {@code values} (shape of {@code p}) to a float32 placeholder in every later run. */
  TestGraph feed(Placeholder<TFloat32> p, float[] values) {
    return put(p, TFloat32.tensorOf(p.shape(), DataBuffers.of(values, true, false)));
  }

  /** Feeds {@code values} (shape of {@code p}) to a float64 placeholder in every later run. */
  TestGraph feed64(Operand<TFloat64> p, double[] values) {
    return put(p, TFloat64.tensorOf(p.shape(), DataBuffers.of(values, true, false)));
  }

  /** Feeds int32 values (shape of {@code p}). */
  TestGraph feedInts(Placeholder<TInt32> p, int[] values) {
    return put(p, TInt32.tensorOf(p.shape(), DataBuffers.of(values, true, false)));
  }

  /** Feeds a [2] seed placeholder. */
  TestGraph feedSeed(Placeholder<TInt64> p, long a, long b) {
    return put(p, TInt64.vectorOf(a, b));
  }

  /** Feeds every stream of {@code streams} with seeds derived from {@code base}. */
  TestGraph feedStreams(RandomStreams streams, long base) {
    long i = 0;
    for (Placeholder<TInt64> p : streams.all().values()) {
      feedSeed(p, base, i++);
    }
    return this;
  }

  private TestGraph put(Operand<?> p, Tensor t) {
    Tensor old = feeds.put(p, t);
    if (old != null) {
      old.close();
    }
    return this;
  }

  /** Runs the graph and returns every element of {@code x} (float32). */
  float[] floats(Operand<TFloat32> x) {
    try (Result r = runner(x).run()) {
      TFloat32 t = (TFloat32) r.get(0);
      float[] out = new float[(int) t.shape().size()];
      t.copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }

  /** Every element of each of {@code xs} (float32), fetched in one run. */
  List<float[]> floats(List<? extends Operand<TFloat32>> xs) {
    Session.Runner runner = session().runner();
    feeds.forEach(runner::feed);
    xs.forEach(runner::fetch);
    List<float[]> out = new ArrayList<>();
    try (Result r = runner.run()) {
      for (int i = 0; i < xs.size(); i++) {
        TFloat32 t = (TFloat32) r.get(i);
        float[] v = new float[(int) t.shape().size()];
        t.copyTo(DataBuffers.of(v, false, false));
        out.add(v);
      }
    }
    return out;
  }

  /** The scalar {@code x} (float32). */
  float scalar(Operand<TFloat32> x) {
    return floats(x)[0];
  }

  /** Runs the graph and returns every element of {@code x} (float64). */
  double[] doubles(Operand<TFloat64> x) {
    try (Result r = runner(x).run()) {
      TFloat64 t = (TFloat64) r.get(0);
      double[] out = new double[(int) t.shape().size()];
      t.copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }

  /** Runs ops for their side effects (assignments). */
  void run(Operand<?> target) {
    Session.Runner runner = session().runner();
    feeds.forEach(runner::feed);
    runner.addTarget(target).run().close();
  }

  private Session.Runner runner(Operand<?> x) {
    Session.Runner runner = session().runner();
    feeds.forEach(runner::feed);
    return runner.fetch(x);
  }

  /** A float32 constant of the given shape. */
  Operand<TFloat32> constant(float[] values, long... shape) {
    return tf.constant(Shape.of(shape), DataBuffers.of(values, true, false));
  }

  /** A float32 placeholder of the given shape. */
  Placeholder<TFloat32> placeholder(long... shape) {
    return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
  }

  /**
   * A model with only what losses read: D outputs on real and generated data, and, when given, the
   * real/generated data and the discriminator (for penalties).
   */
  static GanModel model(
      Ops tf,
      DiscriminatorNet d,
      Placeholder<TFloat32> real,
      Operand<TFloat32> fake,
      DiscriminatorOutput onReal,
      DiscriminatorOutput onFake,
      int batch) {
    return new GanModel(
        null, d, real, null, null, fake, onReal, onFake, new RandomStreams(tf), batch);
  }

  /** An initializer that sets a variable to known values (row-major). */
  static Initializer values(double... v) {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        return tf.dtypes.cast(tf.reshape(tf.constant(v), tf.constant(shape)), dtype);
      }
    };
  }

  static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>();
    for (double d : a) {
      l.add(d);
    }
    return l;
  }

  @Override
  public void close() {
    feeds.values().forEach(Tensor::close);
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
