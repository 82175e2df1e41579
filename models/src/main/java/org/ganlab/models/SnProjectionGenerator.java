package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2dTranspose;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.models.stabilizers.ConditionalBatchNorm;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The generator of {@link SnProjectionGan}: DCGAN's generator with every batch norm replaced by
 * conditional batch norm, so the class enters through per-class gains and offsets at each hidden
 * layer rather than through the input (Miyato and Koyama 2018): z -> dense 7x7x(2f) -> reshape ->
 * CBN -> ReLU -> deconv 14x14xf -> CBN -> ReLU -> deconv 28x28xC -> tanh.
 */
final class SnProjectionGenerator implements GeneratorNet {
  private final Network<TFloat32> net;
  private final Layer<TFloat32> project;
  private final ConditionalBatchNorm<TFloat32> projectNorm;
  private final Layer<TFloat32> deconv1;
  private final ConditionalBatchNorm<TFloat32> deconv1Norm;
  private final Layer<TFloat32> deconv2;
  private final int latentDim;
  private final long projectedChannels;

  SnProjectionGenerator(SnProjectionGan arch, Ops tf, String name, Seeds seeds) {
    this.net = Blocks.network(tf, name, seeds);
    Initializer init = Initializer.normal(arch.initStd());
    int f = arch.filters();
    long f2 = 2L * f;
    int side = Blocks.BASE_SIDE;
    // No biases before a normalization: its per-class offset replaces them.
    this.project = new Dense<>(net, "project", arch.latentDim(), side * side * f2, init, false);
    this.projectNorm = new ConditionalBatchNorm<>(net, "project_cbn", f2, arch.numClasses());
    this.deconv1 = new Conv2dTranspose<>(net, "deconv1", f2, f, arch.kernelSize(), 2, init, false);
    this.deconv1Norm = new ConditionalBatchNorm<>(net, "deconv1_cbn", f, arch.numClasses());
    this.deconv2 =
        new Conv2dTranspose<>(net, "deconv2", f, arch.channels(), arch.kernelSize(), 2, init, true);
    this.latentDim = arch.latentDim();
    this.projectedChannels = f2;
  }

  @Override
  public Operand<TFloat32> generate(Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
    if (labels == null) {
      throw new IllegalArgumentException("a conditional generator needs the requested labels");
    }
    Ops o = net.ops();
    int side = Blocks.BASE_SIDE;
    return new Sequential<>(
            List.of(
                project,
                new Reshape<>(o, side, side, projectedChannels),
                projectNorm.given(labels),
                Activations.relu(o),
                deconv1,
                deconv1Norm.given(labels),
                Activations.relu(o),
                deconv2,
                Activations.tanh(o)))
        .apply(latent, mode);
  }

  @Override
  public int latentDim() {
    return latentDim;
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
