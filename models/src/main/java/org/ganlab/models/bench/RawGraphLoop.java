package org.ganlab.models.bench;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * What every raw loop does the same way: one graph with a fed real batch, and a step that runs each
 * discriminator update as a session call on its own batch, then the generator update. A subclass
 * builds its networks, losses and updates, then calls {@link #start}.
 */
abstract class RawGraphLoop implements RawTrainingLoop {
  final Graph graph = new Graph();
  final Ops tf = Ops.create(graph);
  final RawOps ops;
  final Placeholder<TFloat32> real;
  private final int batchSize;
  private final int discriminatorUpdates;
  private RawNets nets;
  private Session session;
  private Operand<TFloat32> dLoss;
  private Operand<TFloat32> gLoss;
  private List<Op> dTrain;
  private List<Op> gTrain;

  RawGraphLoop(int batchSize, long seed, int discriminatorUpdates) {
    if (batchSize < 1) {
      graph.close();
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    this.batchSize = batchSize;
    this.discriminatorUpdates = discriminatorUpdates;
    this.ops = new RawOps(tf, seed);
    this.real = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
  }

  /** Opens the session on the built graph and runs the initializers. */
  final void start(
      RawNets nets,
      Operand<TFloat32> dLoss,
      List<Op> dTrain,
      Operand<TFloat32> gLoss,
      List<Op> gTrain) {
    this.nets = nets;
    this.dLoss = dLoss;
    this.dTrain = dTrain;
    this.gLoss = gLoss;
    this.gTrain = gTrain;
    session = new Session(graph);
    Session.Runner r = session.runner();
    ops.initializers().forEach(r::addTarget);
    r.run();
  }

  @Override
  public final long trainableParameters() {
    return nets.trainableParameters();
  }

  @Override
  public final int realBatchesPerStep() {
    return discriminatorUpdates;
  }

  @Override
  public final float[] step(List<float[]> realBatches) {
    if (realBatches.size() != discriminatorUpdates) {
      throw new IllegalArgumentException(
          discriminatorUpdates + " real batches per step, got " + realBatches.size());
    }
    float[] losses = new float[2];
    for (float[] batch : realBatches) {
      try (TFloat32 x =
          TFloat32.tensorOf(Shape.of(batchSize, 28, 28, 1), DataBuffers.of(batch, true, false))) {
        losses[0] = run(session.runner().feed(real, x), dLoss, dTrain);
      }
    }
    losses[1] = run(session.runner(), gLoss, gTrain);
    return losses;
  }

  private static float run(Session.Runner r, Operand<TFloat32> loss, List<Op> targets) {
    r.fetch(loss);
    targets.forEach(r::addTarget);
    try (Result res = r.run()) {
      return ((TFloat32) res.get(0)).getFloat();
    }
  }

  @Override
  public final void close() {
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
