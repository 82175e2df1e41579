package org.ganlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat64;

/**
 * Finite-difference gradient check of one layer in float64.
 *
 * <p>The layer is built into a fresh graph under a {@code Network<TFloat64>}; the scalar loss is
 * {@code sum(layer(x) * R)} for a fixed random R. Every variable of the network (trainable or not)
 * is set to its initial value plus U(-0.5, 0.5) noise so that scales and offsets are not the
 * trivial 1 and 0, and is fed (TensorFlow lets a variable's output be fed), so one {@code
 * Session.run} evaluates the loss at any point. The analytic gradient ({@code tf.gradients}) w.r.t.
 * the input and every trainable variable is compared with central differences.
 */
public final class GradientCheck {
  /** Builds the layer output from the input (null when the layer takes no float input). */
  @FunctionalInterface
  public interface Builder {
    Operand<TFloat64> build(Ops tf, Network<TFloat64> net, Operand<TFloat64> x);
  }

  /** One checked tensor: analytic and numeric gradients. */
  public record Entry(String name, double[] analytic, double[] numeric) {
    /** max |a - n| / max(max |a|, max |n|, 1e-12): error relative to the gradient's scale. */
    public double relativeError() {
      double diff = 0;
      double scale = 1e-12;
      for (int i = 0; i < analytic.length; i++) {
        diff = Math.max(diff, Math.abs(analytic[i] - numeric[i]));
        scale = Math.max(scale, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
      }
      return diff / scale;
    }

    /** max |a|, to make sure the check is not vacuous. */
    public double maxAbs() {
      double m = 0;
      for (double a : analytic) {
        m = Math.max(m, Math.abs(a));
      }
      return m;
    }
  }

  private static final double H = 1e-5;

  private GradientCheck() {}

  /**
   * Runs the check.
   *
   * @param xShape static input shape, or null for a layer without a float input
   * @param x input values (row-major), or null
   * @return one entry for the input (named "x", if any) and one per trainable variable
   */
  public static List<Entry> run(long[] xShape, double[] x, Builder builder) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      Placeholder<TFloat64> in =
          xShape == null
              ? null
              : tf.withName("x").placeholder(TFloat64.class, Placeholder.shape(Shape.of(xShape)));
      Operand<TFloat64> y = builder.build(tf, net, in);
      if (y.shape().hasUnknownDimension()) {
        throw new IllegalStateException("layer output shape must be static, got " + y.shape());
      }
      Random rnd = new Random(42);
      double[] r = new double[(int) y.shape().size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = rnd.nextGaussian();
      }
      Operand<TFloat64> weights = tf.constant(y.shape(), DataBuffers.of(r));
      int[] axes = new int[y.shape().numDimensions()];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = i;
      }
      Operand<TFloat64> loss = tf.sum(tf.math.mul(y, weights), tf.constant(axes));

      List<Operand<TFloat64>> wrt = new ArrayList<>();
      List<String> names = new ArrayList<>();
      if (in != null) {
        wrt.add(in);
        names.add("x");
      }
      for (Variable<TFloat64> v : net.trainableVariables()) {
        wrt.add(v);
        names.add(v.op().name());
      }
      Gradients grads = tf.gradients(loss, wrt);

      // Point of evaluation: every variable at init + U(-0.5, 0.5).
      List<Variable<TFloat64>> vars = net.allVariables();
      List<double[]> values = new ArrayList<>();
      try (Session s = new Session(g)) {
        s.initialize();
        for (Variable<TFloat64> v : vars) {
          double[] val = fetch(s, v);
          for (int i = 0; i < val.length; i++) {
            val[i] += rnd.nextDouble() - 0.5;
          }
          values.add(val);
        }
        List<Operand<TFloat64>> fed = new ArrayList<>();
        List<double[]> point = new ArrayList<>();
        if (in != null) {
          fed.add(in);
          point.add(x.clone());
        }
        fed.addAll(vars);
        point.addAll(values);

        // Analytic gradients.
        List<double[]> analytic = new ArrayList<>();
        List<Tensor> feeds = new ArrayList<>();
        try {
          Session.Runner runner = s.runner();
          feedAll(runner, fed, point, feeds);
          for (int i = 0; i < wrt.size(); i++) {
            runner.fetch(grads.<TFloat64>dy(i));
          }
          try (Result res = runner.run()) {
            for (int i = 0; i < wrt.size(); i++) {
              analytic.add(read((TFloat64) res.get(i)));
            }
          }
        } finally {
          feeds.forEach(Tensor::close);
        }

        // Central differences; wrt[i] is fed[i] (input first, then trainables in order).
        List<Entry> out = new ArrayList<>();
        for (int p = 0; p < wrt.size(); p++) {
          int fedIndex = fed.indexOf(wrt.get(p));
          double[] v = point.get(fedIndex);
          double[] numeric = new double[v.length];
          for (int i = 0; i < v.length; i++) {
            double old = v[i];
            v[i] = old + H;
            double plus = eval(s, loss, fed, point);
            v[i] = old - H;
            double minus = eval(s, loss, fed, point);
            v[i] = old;
            numeric[i] = (plus - minus) / (2 * H);
          }
          out.add(new Entry(names.get(p), analytic.get(p), numeric));
        }
        return out;
      }
    }
  }

  private static double eval(
      Session s, Operand<TFloat64> loss, List<Operand<TFloat64>> fed, List<double[]> point) {
    List<Tensor> feeds = new ArrayList<>();
    try {
      Session.Runner runner = s.runner();
      feedAll(runner, fed, point, feeds);
      try (Result res = runner.fetch(loss).run()) {
        return ((TFloat64) res.get(0)).getDouble();
      }
    } finally {
      feeds.forEach(Tensor::close);
    }
  }

  private static void feedAll(
      Session.Runner runner,
      List<Operand<TFloat64>> fed,
      List<double[]> point,
      List<Tensor> feeds) {
    for (int i = 0; i < fed.size(); i++) {
      TFloat64 t = TFloat64.tensorOf(fed.get(i).shape(), DataBuffers.of(point.get(i), true, false));
      feeds.add(t);
      runner.feed(fed.get(i), t);
    }
  }

  static double[] fetch(Session s, Operand<TFloat64> op) {
    try (Result res = s.runner().fetch(op).run()) {
      return read((TFloat64) res.get(0));
    }
  }

  static double[] read(TFloat64 t) {
    double[] out = new double[(int) t.shape().size()];
    t.asRawTensor().data().asDoubles().read(out);
    return out;
  }

  /** n values from N(0, 1) scaled by {@code scale}, away from 0 by at least {@code gap}. */
  public static double[] randomInput(int n, long seed, double scale, double gap) {
    Random rnd = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double d;
      do {
        d = rnd.nextGaussian() * scale;
      } while (Math.abs(d) < gap);
      v[i] = d;
    }
    return v;
  }
}
