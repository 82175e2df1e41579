package org.ganlab.core.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Small helpers for evaluating graph pieces in tests; every tensor is closed. */
public final class TfRun {
  private TfRun() {}

  /** Feeds for one run: operand -> row-major double values (fed as float64). */
  public static Map<Operand<?>, double[]> feeds(Object... pairs) {
    Map<Operand<?>, double[]> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Operand<?>) pairs[i], (double[]) pairs[i + 1]);
    }
    return m;
  }

  /** Evaluates a float64 operand with float64 feeds. */
  public static double[] eval(Session s, Operand<TFloat64> op, Map<Operand<?>, double[]> feeds) {
    List<Tensor> ts = new ArrayList<>();
    try {
      Session.Runner r = s.runner();
      for (Map.Entry<Operand<?>, double[]> e : feeds.entrySet()) {
        TFloat64 t =
            TFloat64.tensorOf(
                concreteShape(e.getKey().shape(), e.getValue().length),
                DataBuffers.of(e.getValue(), true, false));
        ts.add(t);
        r.feed(e.getKey(), t);
      }
      try (Result res = r.fetch(op).run()) {
        TFloat64 t = (TFloat64) res.get(0);
        double[] out = new double[(int) t.shape().size()];
        t.asRawTensor().data().asDoubles().read(out);
        return out;
      }
    } finally {
      ts.forEach(Tensor::close);
    }
  }

  /** {@code shape} with an unknown leading (batch) dimension filled in from the value count. */
  public static Shape concreteShape(Shape shape, long count) {
    if (!shape.hasUnknownDimension()) {
      return shape;
    }
    long[] dims = shape.asArray();
    long rest = 1;
    for (int i = 1; i < dims.length; i++) {
      rest *= dims[i];
    }
    dims[0] = count / rest;
    return Shape.of(dims);
  }

  /** Evaluates a float64 operand without feeds. */
  public static double[] eval(Session s, Operand<TFloat64> op) {
    return eval(s, op, Map.of());
  }

  /** Evaluates a float32 operand (or a float32 variable by name). */
  public static float[] floats(Session s, Operand<TFloat32> op) {
    try (Result res = s.runner().fetch(op).run()) {
      return read((TFloat32) res.get(0));
    }
  }

  /** Evaluates a float32 tensor by its graph name, e.g. "generator/dense0/kernel". */
  public static float[] floats(Session s, String name) {
    try (Result res = s.runner().fetch(name).run()) {
      return read((TFloat32) res.get(0));
    }
  }

  /** Reads a float32 tensor. */
  public static float[] read(TFloat32 t) {
    float[] out = new float[(int) t.shape().size()];
    t.asRawTensor().data().asFloats().read(out);
    return out;
  }

  /** An op that sets a float64 variable to {@code values} (row-major). */
  public static Op assign(Ops tf, Variable<TFloat64> v, double... values) {
    Shape shape = v.shape();
    return tf.assign(v, tf.constant(shape, DataBuffers.of(values)));
  }
}
