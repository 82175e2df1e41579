package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.parallel.PeerWatch;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.core.tf.StepProfile;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;

/**
 * The updates of one {@link GanTrainer} step: {@code nCritic} discriminator updates on data batches
 * {@code step * nCritic + i}, then one generator update on the last of them, each one {@code
 * Session.run} fed by the spine's feeder, read into a {@link StepRecord}.
 */
final class TrainingStep implements AutoCloseable {
  private final Session session;
  private final Spine<?> spine;
  private final int nCritic;
  private final WorkerCluster cluster;
  private final PeerWatch peers;

  /** The metadata of the traced updates while a step is profiled, else null. */
  private List<RunMetadata> traces;

  /** {@code cluster}: the workers this process is one of, or null for a run in one process. */
  TrainingStep(Session session, Spine<?> spine, int nCritic, WorkerCluster cluster) {
    this.session = session;
    this.spine = spine;
    this.nCritic = nCritic;
    this.cluster = cluster;
    this.peers = cluster == null ? null : new PeerWatch(cluster, System.err::println);
  }

  /**
   * Runs step {@code step} (the steps done so far) and returns its record, of step {@code step +
   * 1}.
   */
  StepRecord run(long step) {
    GanLoss loss = spine.loss();
    GanTrainOps ops = spine.ops();
    long updatesPerStep = nCritic + 1L;
    Scores scores = loss.scores();
    float[] d = new float[scores != null ? 4 : 2];
    Map<String, Float> terms = new LinkedHashMap<>();
    for (int i = 0; i < nCritic; i++) {
      Session.Runner r = session.runner().addTarget(ops.discriminatorTrain());
      r.fetch(loss.discriminatorLoss());
      if (scores != null) {
        r.fetch(scores.real()).fetch(scores.fake());
      }
      r.fetch(ops.discriminatorGradientNorm());
      run(r, step * nCritic + i, step * updatesPerStep + i, d, loss.discriminatorTerms(), terms);
    }
    float[] g = new float[2];
    Session.Runner r = session.runner().addTarget(ops.generatorTrain());
    r.fetch(loss.generatorLoss()).fetch(ops.generatorGradientNorm());
    run(
        r,
        step * nCritic + nCritic - 1,
        step * updatesPerStep + nCritic,
        g,
        loss.generatorTerms(),
        terms);
    float dReal = scores != null ? d[1] : Float.NaN;
    float dFake = scores != null ? d[2] : Float.NaN;
    return new StepRecord(step + 1, d[0], g[0], dReal, dFake, d[d.length - 1], g[1], terms);
  }

  /** Runs {@code r} (whose first fetches fill {@code into}), then reads the named terms. */
  private void run(
      Session.Runner r,
      long batchIndex,
      long update,
      float[] into,
      Map<String, Operand<TFloat32>> namedTerms,
      Map<String, Float> terms) {
    namedTerms.values().forEach(r::fetch);
    List<Tensor> feeds = spine.feeder().feed(r, batchIndex, update);
    try (Result res = runUpdate(r, update / (nCritic + 1) + 1)) {
      for (int k = 0; k < into.length; k++) {
        into[k] = ((TFloat32) res.get(k)).getFloat();
      }
      int k = into.length;
      for (String name : namedTerms.keySet()) {
        terms.put(name, ((TFloat32) res.get(k++)).getFloat());
      }
    } finally {
      feeds.forEach(Tensor::close);
    }
  }

  /**
   * Runs step {@code step} like {@link #run} with kernel tracing on, and returns where its time
   * went.
   */
  StepProfile profile(long step) {
    traces = new ArrayList<>();
    try {
      run(step);
      return StepProfile.of(traces);
    } finally {
      traces = null;
    }
  }

  /** Runs {@code r}, traced while a step is profiled. */
  private Result execute(Session.Runner r) {
    if (traces == null) {
      return r.run();
    }
    Result res = r.setOptions(StepProfile.FULL_TRACE).runAndFetchMetadata();
    traces.add(
        res.getMetadata()
            .orElseThrow(() -> new IllegalStateException("TensorFlow returned no run metadata")));
    return res;
  }

  /**
   * Runs an update; on a worker, a failed all-reduce is reported with this task and its step, and a
   * peer that stops answering meanwhile is reported at once by the {@link PeerWatch}.
   */
  private Result runUpdate(Session.Runner r, long step) {
    if (cluster == null) {
      return execute(r);
    }
    peers.enter(step);
    try {
      return execute(r);
    } catch (TensorFlowException e) {
      throw cluster.failure(step, e);
    } finally {
      peers.leave();
    }
  }

  /** Stops watching the other workers, if any. */
  @Override
  public void close() {
    if (peers != null) {
      peers.close();
    }
  }
}
