package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Network;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Each step of the spine written by hand — a loss tensor and train ops built from raw TensorFlow
 * ops, no {@code GanLossFunction} and no {@code Optimizer} — and trained through the one trainer:
 * the records equal those of the same loss and plain SGD assembled by the library.
 */
class HandBuiltSpineTest {
  private static final double LR = 0.05;
  private static final int BATCH = 16;

  @Test
  void aHandWrittenLossAndHandWrittenTrainOpsTrainThroughTheTrainer() {
    TrainerConfig config = TrainerConfig.of(4).withBatchSize(BATCH).withNCritic(2);
    List<StepRecord> byHand = new ArrayList<>();
    Graph graph = new Graph();
    Ops tf = Ops.create(graph);
    Seeds seeds = new Seeds(4);
    GanModel model = GanModel.build(tf, new TinyGan(), seeds, BATCH);
    Ops l = tf.withSubScope("loss");
    Operand<TFloat32> real = model.onReal().logits();
    Operand<TFloat32> fake = model.onGenerated().logits();
    // The non-saturating loss, written out: softplus(-D(x)) + softplus(D(G(z))) for D.
    Operand<TFloat32> d =
        l.math.add(
            l.math.mean(l.math.softplus(l.math.neg(real)), l.constant(0)),
            l.math.mean(l.math.softplus(fake), l.constant(0)));
    Operand<TFloat32> g = l.math.mean(l.math.softplus(l.math.neg(fake)), l.constant(0));
    GanLoss loss = GanLoss.of(g, d).withScores(Scores.of(l, Scores.Kind.PROBABILITY, model));
    Update dUpdate = sgd(tf.withSubScope("D_optimizer"), d, model.discriminator().network());
    Update gUpdate = sgd(tf.withSubScope("G_optimizer"), g, model.generator().network());
    Variable<TInt64> step = tf.withName("global_step").variable(Shape.scalar(), TInt64.class);
    tf.withInitScope().assign(step, tf.withInitScope().constant(0L));
    Op gTrain =
        tf.withControlDependencies(
                List.of(
                    gUpdate.op(),
                    tf.withControlDependencies(List.of(gUpdate.op()))
                        .assignAdd(step, tf.constant(1L))))
            .noOp();
    GanTrainOps ops =
        new GanTrainOps(dUpdate.op(), gTrain, dUpdate.norm(), gUpdate.norm(), step, null);
    TinyGan.PointData data = new TinyGan.PointData();
    try (GanTrainer<GanModel> t =
        new GanTrainer<>(
            graph, new Spine<>(model, loss, ops, new GanFeeder(model, data, seeds)), config)) {
      t.train(30, (trainer, r, nanos) -> byHand.add(r));
      assertThat(t.step()).isEqualTo(30);
    }

    List<StepRecord> library = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
            .discriminatorOptimizer(new Sgd(LR))
            .generatorOptimizer(new Sgd(LR))
            .config(config)
            .build()) {
      t.train(30, (trainer, r, nanos) -> library.add(r));
    }
    // same weights, data, randomness and arithmetic: the same losses, bit for bit
    for (int i = 0; i < 30; i++) {
      assertThat(byHand.get(i).discriminatorLoss())
          .as("D loss, step %d", i + 1)
          .isEqualTo(library.get(i).discriminatorLoss());
      assertThat(byHand.get(i).generatorLoss())
          .as("G loss, step %d", i + 1)
          .isEqualTo(library.get(i).generatorLoss());
      assertThat(byHand.get(i).discriminatorGradientNorm())
          .isCloseTo(library.get(i).discriminatorGradientNorm(), within(1e-5f));
    }
    // and it trained: D's loss moved away from its value at initialization
    assertThat(byHand.get(29).discriminatorLoss()).isNotEqualTo(byHand.get(0).discriminatorLoss());
    assertThat(byHand.get(0).dReal()).isBetween(0f, 1f);
  }

  /** A hand-written plain SGD update: w -= lr * dL/dw once every gradient is computed. */
  private static Update sgd(Ops tf, Operand<TFloat32> loss, Network<TFloat32> net) {
    List<Variable<TFloat32>> vars = net.trainableVariables();
    Gradients grads = tf.gradients(loss, vars);
    List<Op> gradOps = new ArrayList<>();
    List<Operand<TFloat32>> squares = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      gradOps.add(grads.dy(i));
      long[] axes = new long[grads.dy(i).shape().numDimensions()];
      for (int k = 0; k < axes.length; k++) {
        axes[k] = k;
      }
      squares.add(tf.sum(tf.math.square(grads.dy(i)), tf.constant(axes)));
    }
    Operand<TFloat32> norm = tf.math.sqrt(tf.sum(tf.stack(squares), tf.constant(0)));
    Ops after = tf.withControlDependencies(gradOps);
    List<Op> applies = new ArrayList<>(net.statisticUpdates());
    for (int i = 0; i < vars.size(); i++) {
      applies.add(
          after.train.applyGradientDescent(vars.get(i), tf.constant((float) LR), grads.dy(i)));
    }
    return new Update(tf.withControlDependencies(applies).noOp(), norm);
  }

  private record Update(Op op, Operand<TFloat32> norm) {}
}
