package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Test fixtures for the trainer: an MLP GAN on 2D points (generator with batch norm, so moving
 * statistics are part of the state), the non-saturating loss written inline (core cannot depend on
 * the losses module), and data sources that are pure functions of the batch index.
 */
final class TinyGan implements GanArchitecture {
  static final int LATENT = 4;
  static final int HIDDEN = 16;

  /** Whether G has its batch norm (the default) or none, so batch rows never interact. */
  private final boolean batchNorm;

  TinyGan() {
    this(true);
  }

  TinyGan(boolean batchNorm) {
    this.batchNorm = batchNorm;
  }

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
    List<Layer<TFloat32>> list = new ArrayList<>();
    list.add(new Dense<>(net, "fc0", LATENT, HIDDEN, Initializer.glorotUniform(), !batchNorm));
    if (batchNorm) {
      list.add(new BatchNorm<>(net, "bn0", HIDDEN));
    }
    list.add(Activations.relu(net.ops()));
    list.add(new Dense<>(net, "fc1", HIDDEN, 2, Initializer.glorotUniform()));
    Sequential<TFloat32> layers = new Sequential<>(list);
    return new GeneratorNet() {
      @Override
      public Operand<TFloat32> generate(
          Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
        return layers.apply(latent, mode);
      }

      @Override
      public int latentDim() {
        return LATENT;
      }

      @Override
      public Network<TFloat32> network() {
        return net;
      }
    };
  }

  @Override
  public DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
    Ops ops = net.ops();
    Sequential<TFloat32> layers =
        new Sequential<>(
            List.<Layer<TFloat32>>of(
                new Dense<>(net, "fc0", 2, HIDDEN, Initializer.glorotUniform()),
                Activations.leakyRelu(ops, 0.2),
                new Dense<>(net, "fc1", HIDDEN, 1, Initializer.glorotUniform()),
                (x, mode) -> ops.reshape(x, ops.constant(new long[] {-1}))));
    return new DiscriminatorNet() {
      @Override
      public DiscriminatorOutput discriminate(
          Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
        return DiscriminatorOutput.of(layers.apply(data, mode));
      }

      @Override
      public Network<TFloat32> network() {
        return net;
      }
    };
  }

  @Override
  public int[] exampleShape() {
    return new int[] {2};
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("latent", LATENT, "hidden", HIDDEN);
  }

  /** Non-saturating loss: D = softplus(-D(x)) + softplus(D(G(z))), G = softplus(-D(G(z))). */
  static final class NonSaturating implements GanLossFunction {
    @Override
    public GanLoss build(Ops tf, GanModel model) {
      Operand<TFloat32> real = model.onReal().logits();
      Operand<TFloat32> fake = model.onGenerated().logits();
      Operand<TFloat32> d =
          tf.math.add(
              tf.math.mean(tf.math.softplus(tf.math.neg(real)), tf.constant(0)),
              tf.math.mean(tf.math.softplus(fake), tf.constant(0)));
      Operand<TFloat32> g = tf.math.mean(tf.math.softplus(tf.math.neg(fake)), tf.constant(0));
      return GanLoss.of(g, d);
    }

    @Override
    public String name() {
      return "non-saturating";
    }
  }

  /**
   * Points from N(center, 0.1^2 I); batch k depends only on k. Records which batch indices the
   * trainer asked for. Batches at index {@code >= nanFrom} are NaN.
   */
  static final class PointData implements DataSource {
    final List<Long> requested = new ArrayList<>();
    private final float cx;
    private final float cy;
    private final long nanFrom;

    PointData(float cx, float cy, long nanFrom) {
      this.cx = cx;
      this.cy = cy;
      this.nanFrom = nanFrom;
    }

    PointData() {
      this(2f, -1f, Long.MAX_VALUE);
    }

    @Override
    public int size() {
      return 10_000;
    }

    @Override
    public int[] shape() {
      return new int[] {2};
    }

    @Override
    public int numClasses() {
      return 0;
    }

    @Override
    public Batch batch(long step, int batchSize) {
      requested.add(step);
      Random r = new Random(step * 1_000_003L + 17);
      float[] px = new float[batchSize * 2];
      for (int i = 0; i < batchSize; i++) {
        px[2 * i] = step >= nanFrom ? Float.NaN : cx + 0.1f * (float) r.nextGaussian();
        px[2 * i + 1] = cy + 0.1f * (float) r.nextGaussian();
      }
      return new Batch(new int[] {batchSize, 2}, px, null);
    }

    @Override
    public Map<String, String> fileChecksums() {
      return Map.of();
    }
  }
}
