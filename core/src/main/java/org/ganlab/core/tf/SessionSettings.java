package org.ganlab.core.tf;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.proto.ConfigProto;

/**
 * TensorFlow session settings that affect speed and are recorded in provenance.
 *
 * <p>Reproducibility does not depend on them: every update depends on all gradients of its loss
 * (see {@code Optimizer}) and all randomness is stateless, which gives bit-identical losses on CPU
 * with TensorFlow's default thread pools and oneDNN enabled. They stay configurable because the
 * best thread counts depend on the machine.
 *
 * @param intraOpThreads threads inside one op (0: TensorFlow picks, one per core)
 * @param interOpThreads ops run concurrently (0: TensorFlow picks)
 */
public record SessionSettings(int intraOpThreads, int interOpThreads) {
  /**
   * Validates the thread counts.
   *
   * @param intraOpThreads threads inside one op (0: TensorFlow picks, one per core)
   * @param interOpThreads ops run concurrently (0: TensorFlow picks)
   */
  public SessionSettings {
    if (intraOpThreads < 0 || interOpThreads < 0) {
      throw new IllegalArgumentException(
          "thread counts must be >= 0 (0 = TensorFlow's default),"
              + " got intra="
              + intraOpThreads
              + " inter="
              + interOpThreads);
    }
  }

  /** The thread-pool keys, {@code intra_op_threads} and {@code inter_op_threads}. */
  public static final List<Hyperparameter<SessionSettings>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofInt(
              "intra_op_threads",
              0,
              1024,
              "TensorFlow intra-op threads (0 = default)",
              SessionSettings::intraOpThreads,
              (s, n) -> new SessionSettings(n, s.interOpThreads())),
          Hyperparameter.ofInt(
              "inter_op_threads",
              0,
              1024,
              "TensorFlow inter-op threads (0 = default)",
              SessionSettings::interOpThreads,
              (s, n) -> new SessionSettings(s.intraOpThreads(), n)));

  /** {@return TensorFlow's defaults} */
  public static SessionSettings defaults() {
    return new SessionSettings(0, 0);
  }

  /** {@return the session config proto} */
  public ConfigProto toConfigProto() {
    return ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(intraOpThreads)
        .setInterOpParallelismThreads(interOpThreads)
        .setAllowSoftPlacement(true)
        .build();
  }

  /**
   * Opens a session on {@code graph}; the caller closes it.
   *
   * @param graph the graph to run
   * @return the open session
   */
  public Session open(Graph graph) {
    return new Session(graph, toConfigProto());
  }
}
