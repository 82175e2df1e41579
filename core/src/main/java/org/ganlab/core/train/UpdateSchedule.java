package org.ganlab.core.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;

/**
 * The alternating update schedule every trainer shares: {@code nCritic} discriminator updates on
 * data batches {@code step * nCritic + i}, then one generator update on the step's last batch, one
 * {@code Session.run} each. Update {@code u = step * (nCritic + 1) + i} is what the feeder seeds
 * the random streams with, so a step's randomness depends only on (root seed, step).
 *
 * @param <B> the batch type (a data batch, or an unpaired pair of batches)
 */
public final class UpdateSchedule<B> {
  /** Fetches a batch by its index in the data sequence. */
  @FunctionalInterface
  public interface Batches<B> {
    /** Batch {@code index}. */
    B batch(long index);
  }

  /** Feeds a batch and the random streams of update {@code update}; returns tensors to close. */
  @FunctionalInterface
  public interface Feeder<B> {
    /** Adds the feeds to {@code runner}. */
    List<Tensor> feed(Session.Runner runner, B batch, long update);
  }

  /**
   * The ops and scalars of one trainer's graph.
   *
   * @param discriminatorTrain one D update
   * @param generatorTrain one G update (incrementing the global step)
   * @param dReal mean sigmoid of D on real data
   * @param dFake mean sigmoid of D on generated data
   * @param discriminatorGradientNorm of a D update
   * @param generatorGradientNorm of a G update
   * @param loss the losses and their named terms
   */
  public record Graph(Op discriminatorTrain, Op generatorTrain, Operand<TFloat32> dReal,
      Operand<TFloat32> dFake, Operand<TFloat32> discriminatorGradientNorm,
      Operand<TFloat32> generatorGradientNorm, GanLoss loss) {}

  private final Session session;
  private final Graph graph;
  private final int nCritic;
  private final Batches<B> batches;
  private final Feeder<B> feeder;

  /** A schedule running {@code graph}'s ops in {@code session}. */
  public UpdateSchedule(Session session, Graph graph, int nCritic, Batches<B> batches,
      Feeder<B> feeder) {
    this.session = session;
    this.graph = graph;
    this.nCritic = nCritic;
    this.batches = batches;
    this.feeder = feeder;
  }

  /**
   * Runs the updates of step {@code step} (0-based: the step about to be done).
   *
   * @return the step's record, numbered {@code step + 1}
   * @throws NonFiniteLossException if a loss or term is NaN or infinite
   */
  public StepRecord run(long step) {
    GanLoss loss = graph.loss();
    long updatesPerStep = nCritic + 1L;
    float[] d = new float[4];
    Map<String, Float> terms = new LinkedHashMap<>();
    B batch = null;
    for (int i = 0; i < nCritic; i++) {
      batch = batches.batch(step * nCritic + i);
      Session.Runner r = session.runner().addTarget(graph.discriminatorTrain());
      r.fetch(loss.discriminatorLoss()).fetch(graph.dReal()).fetch(graph.dFake())
          .fetch(graph.discriminatorGradientNorm());
      fetchInto(r, batch, step * updatesPerStep + i, d, loss.discriminatorTerms(), terms);
    }
    float[] g = new float[2];
    Session.Runner r = session.runner().addTarget(graph.generatorTrain());
    r.fetch(loss.generatorLoss()).fetch(graph.generatorGradientNorm());
    fetchInto(r, batch, step * updatesPerStep + nCritic, g, loss.generatorTerms(), terms);
    StepRecord rec = new StepRecord(step + 1, d[0], g[0], d[1], d[2], d[3], g[1], terms);
    String bad = rec.firstNonFinite();
    if (bad != null) {
      float v = bad.equals("discriminator loss") ? d[0]
          : bad.equals("generator loss") ? g[0] : terms.get(bad);
      throw new NonFiniteLossException(step + 1, bad, v);
    }
    return rec;
  }

  /** Runs {@code r} (whose first fetches fill {@code into}), then reads the named terms. */
  private void fetchInto(Session.Runner r, B batch, long update, float[] into,
      Map<String, Operand<TFloat32>> namedTerms, Map<String, Float> terms) {
    namedTerms.values().forEach(r::fetch);
    List<Tensor> feeds = feeder.feed(r, batch, update);
    try (Result res = r.run()) {
      for (int k = 0; k < into.length; k++) {
        into[k] = scalar(res, k);
      }
      int k = into.length;
      for (String name : namedTerms.keySet()) {
        terms.put(name, scalar(res, k++));
      }
    } finally {
      feeds.forEach(Tensor::close);
    }
  }

  private static float scalar(Result res, int index) {
    return ((TFloat32) res.get(index)).getFloat();
  }
}
