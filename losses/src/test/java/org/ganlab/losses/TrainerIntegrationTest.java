package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.LayerNorm;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The losses and penalties inside core's real training loop: the trainer feeds the penalties'
 * random streams, the D optimizer differentiates through them, and runs are reproducible.
 */
class TrainerIntegrationTest {
  /** A 2D MLP GAN: G 4 -> 16 -> 2, critic 2 -> 16 -> layer norm -> 1. */
  static final class TinyMlp implements GanArchitecture {
    @Override
    public GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds) {
      Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
      Layer<TFloat32> body =
          new Sequential<>(
              List.of(
                  new Dense<>(net, "hidden", 4, 16, Initializer.glorotUniform()),
                  Activations.leakyRelu(net.ops(), 0.2),
                  new Dense<>(net, "out", 16, 2, Initializer.glorotUniform())));
      return new GeneratorNet() {
        @Override
        public Operand<TFloat32> generate(
            Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
          return body.apply(latent, mode);
        }

        @Override
        public int latentDim() {
          return 4;
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
      Layer<TFloat32> body =
          new Sequential<>(
              List.of(
                  new Dense<>(net, "hidden", 2, 16, Initializer.glorotUniform()),
                  Activations.leakyRelu(net.ops(), 0.2),
                  new LayerNorm<>(net, "norm", 16),
                  new Dense<>(net, "out", 16, 1, Initializer.glorotUniform())));
      return new DiscriminatorNet() {
        @Override
        public DiscriminatorOutput discriminate(
            Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
          return DiscriminatorOutput.of(
              net.ops().reshape(body.apply(data, mode), net.ops().constant(new long[] {-1})));
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
      return Map.of();
    }
  }

  /** Points on the unit circle, a pure function of the batch index. */
  static final class Circle implements DataSource {
    @Override
    public int size() {
      return 1 << 20;
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
      SplittableRandom r = new SplittableRandom(step);
      float[] x = new float[2 * batchSize];
      for (int i = 0; i < batchSize; i++) {
        double a = r.nextDouble(2 * Math.PI);
        x[2 * i] = (float) Math.cos(a);
        x[2 * i + 1] = (float) Math.sin(a);
      }
      return new Batch(new int[] {batchSize, 2}, x, null);
    }

    @Override
    public Map<String, String> fileChecksums() {
      return Map.of();
    }
  }

  static List<StepRecord> train(GanLossFunction loss, List<Regularizer> regularizers, int steps) {
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer t =
        GanTrainer.builder(new TinyMlp(), loss, new Circle())
            .regularizers(regularizers)
            .discriminatorOptimizer(new Adam(1e-3, 0, 0.9))
            .generatorOptimizer(new Adam(1e-3, 0, 0.9))
            .config(TrainerConfig.of(11).withBatchSize(16).withNCritic(2))
            .build()) {
      t.train(steps, (trainer, r, nanos) -> records.add(r));
    }
    return records;
  }

  @Test
  void wassersteinWithGradientPenaltyTrainsReproducibly() {
    List<StepRecord> a = train(new WassersteinLoss(), List.of(new GradientPenalty()), 20);
    List<StepRecord> b = train(new WassersteinLoss(), List.of(new GradientPenalty()), 20);
    assertThat(a).hasSize(20);
    for (StepRecord r : a) {
      assertThat(r.firstNonFinite()).isNull();
      assertThat(r.terms()).containsOnlyKeys("gradient_penalty");
      assertThat(r.terms().get("gradient_penalty")).isGreaterThanOrEqualTo(0f);
    }
    // Same seed: bit-identical losses and penalties (the interpolation weights come from a
    // seeded stream, not from a stateful random op).
    assertThat(b).isEqualTo(a);
  }

  @Test
  void everyLossAndRegularizerRunsInTheTrainer() {
    List<GanLossFunction> losses =
        List.of(
            new NonSaturatingLoss(),
            new MinimaxLoss(),
            new LeastSquaresLoss(),
            new WassersteinLoss(),
            new HingeLoss());
    List<Regularizer> regularizers =
        List.of(
            new R1Penalty(), new R2Penalty(), new DraganPenalty(), GradientPenalty.oneSided(10));
    for (int i = 0; i < losses.size(); i++) {
      Regularizer reg = regularizers.get(i % regularizers.size());
      List<StepRecord> records = train(losses.get(i), List.of(reg), 3);
      for (StepRecord r : records) {
        assertThat(r.firstNonFinite()).as(losses.get(i).name() + " + " + reg.name()).isNull();
        assertThat(r.terms()).containsKey(reg.name());
      }
    }
  }
}
