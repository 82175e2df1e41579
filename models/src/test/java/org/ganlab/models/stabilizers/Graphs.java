package org.ganlab.models.stabilizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/** Test helpers for evaluating graph pieces; every tensor they create is closed. */
final class Graphs {
  private Graphs() {}

  /** Evaluates a float64 operand with float64 feeds (operand -> row-major values). */
  static double[] eval(Session s, Operand<TFloat64> op, Map<Operand<TFloat64>, double[]> feeds) {
    List<Tensor> ts = new ArrayList<>();
    try {
      Session.Runner r = s.runner();
      for (Map.Entry<Operand<TFloat64>, double[]> e : feeds.entrySet()) {
        TFloat64 t = TFloat64.tensorOf(e.getKey().shape(), DataBuffers.of(e.getValue()));
        ts.add(t);
        r.feed(e.getKey(), t);
      }
      try (Result res = r.fetch(op).run()) {
        return doubles((TFloat64) res.get(0));
      }
    } finally {
      ts.forEach(Tensor::close);
    }
  }

  /** Evaluates a float64 operand without feeds. */
  static double[] eval(Session s, Operand<TFloat64> op) {
    return eval(s, op, Map.of());
  }

  /** Evaluates a float32 operand without feeds. */
  static float[] floats(Session s, Operand<TFloat32> op) {
    try (Result res = s.runner().fetch(op).run()) {
      TFloat32 t = (TFloat32) res.get(0);
      float[] out = new float[(int) t.shape().size()];
      t.asRawTensor().data().asFloats().read(out);
      return out;
    }
  }

  /** Evaluates an int32 operand without feeds. */
  static int[] ints(Session s, Operand<TInt32> op) {
    try (Result res = s.runner().fetch(op).run()) {
      TInt32 t = (TInt32) res.get(0);
      int[] out = new int[(int) t.shape().size()];
      t.asRawTensor().data().asInts().read(out);
      return out;
    }
  }

  /** Runs {@code ops} as targets in one session run. */
  static void run(Session s, List<Op> ops) {
    Session.Runner r = s.runner();
    ops.forEach(r::addTarget);
    r.run();
  }

  /** An op that sets a float64 variable to {@code values} (row-major). */
  static Op assign(Ops tf, Variable<TFloat64> v, double... values) {
    Shape shape = v.shape();
    return tf.assign(v, tf.constant(shape, DataBuffers.of(values)));
  }

  /** The network variable with the full name {@code name}, e.g. "net/attention_f/kernel". */
  static Variable<TFloat64> variable(Network<TFloat64> net, String name) {
    return net.allVariables().stream()
        .filter(v -> v.op().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no variable " + name));
  }

  static double[] doubles(TFloat64 t) {
    double[] out = new double[(int) t.shape().size()];
    t.asRawTensor().data().asDoubles().read(out);
    return out;
  }
}
