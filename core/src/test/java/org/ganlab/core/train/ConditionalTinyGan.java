package org.ganlab.core.train;

import java.util.Map;
import java.util.Random;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A class-conditional MLP GAN on 2D points: G adds a class embedding to its hidden layer, D is a
 * projection discriminator (logit + &lt;embed(y), h&gt;). Class c's data sits at (c, -c).
 */
final class ConditionalTinyGan implements GanArchitecture {
  static final int CLASSES = 3;
  private static final int HIDDEN = 8;

  @Override
  public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
    Dense<TFloat32> fc0 =
        new Dense<>(net, "fc0", TinyGan.LATENT, HIDDEN, Initializer.glorotUniform());
    Embedding<TFloat32> emb = new Embedding<>(net, "emb", CLASSES, HIDDEN, Initializer.normal(1));
    Dense<TFloat32> fc1 = new Dense<>(net, "fc1", HIDDEN, 2, Initializer.glorotUniform());
    Ops ops = net.ops();
    return new GeneratorNet() {
      @Override
      public Operand<TFloat32> generate(Operand<TFloat32> z, Operand<TInt32> labels, Mode mode) {
        Operand<TFloat32> h = ops.math.add(fc0.apply(z, mode), emb.apply(labels));
        return fc1.apply(Activations.<TFloat32>relu(ops).apply(h, mode), mode);
      }

      @Override
      public int latentDim() {
        return TinyGan.LATENT;
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
    Dense<TFloat32> fc0 = new Dense<>(net, "fc0", 2, HIDDEN, Initializer.glorotUniform());
    Dense<TFloat32> fc1 = new Dense<>(net, "fc1", HIDDEN, 1, Initializer.glorotUniform());
    Embedding<TFloat32> emb = new Embedding<>(net, "emb", CLASSES, HIDDEN, Initializer.normal(1));
    Ops ops = net.ops();
    return new DiscriminatorNet() {
      @Override
      public DiscriminatorOutput discriminate(
          Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
        Operand<TFloat32> h =
            Activations.<TFloat32>leakyRelu(ops, 0.2).apply(fc0.apply(data, mode), mode);
        Operand<TFloat32> out = ops.reshape(fc1.apply(h, mode), ops.constant(new long[] {-1}));
        Operand<TFloat32> proj =
            ops.sum(ops.math.mul(emb.apply(labels), h), ops.constant(new int[] {1}));
        return DiscriminatorOutput.of(ops.math.add(out, proj));
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
  public int numClasses() {
    return CLASSES;
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("classes", CLASSES);
  }

  /** Labels and points as pure functions of the batch index. */
  static final class Data implements DataSource {
    @Override
    public int size() {
      return 3000;
    }

    @Override
    public int[] shape() {
      return new int[] {2};
    }

    @Override
    public int numClasses() {
      return CLASSES;
    }

    @Override
    public Batch batch(long step, int batchSize) {
      Random r = new Random(step + 99);
      float[] px = new float[2 * batchSize];
      int[] y = new int[batchSize];
      for (int i = 0; i < batchSize; i++) {
        y[i] = r.nextInt(CLASSES);
        px[2 * i] = y[i] + 0.05f * (float) r.nextGaussian();
        px[2 * i + 1] = -y[i] + 0.05f * (float) r.nextGaussian();
      }
      return new Batch(new int[] {batchSize, 2}, px, y);
    }

    @Override
    public Map<String, String> fileChecksums() {
      return Map.of();
    }
  }
}
