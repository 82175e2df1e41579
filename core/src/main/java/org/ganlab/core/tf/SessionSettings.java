package org.ganlab.core.tf;

import java.util.List;
import java.util.Objects;
import org.ganlab.core.config.Hyperparameter;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/**
 * TensorFlow session settings that affect speed and are recorded in provenance.
 *
 * <p>Reproducibility does not depend on them: every update depends on all gradients of its loss
 * (see {@code Optimizer}) and all randomness is stateless, which gives bit-identical losses on CPU
 * with TensorFlow's default thread pools and oneDNN enabled. They stay configurable because the
 * best thread counts depend on the machine.
 *
 * <p>{@link Precision#BF16} turns on TensorFlow's bfloat16 mixed-precision rewrite of the graph;
 * the graph, its variables and checkpoints stay float32, so a run's checkpoints load in either
 * precision. Runs stay bit-reproducible in both: the rewrite is deterministic.
 *
 * @param intraOpThreads threads inside one op (0: TensorFlow picks, one per core)
 * @param interOpThreads ops run concurrently (0: TensorFlow picks)
 * @param precision the arithmetic of matrix multiplications and convolutions
 */
public record SessionSettings(int intraOpThreads, int interOpThreads, Precision precision) {
  /**
   * Validates the thread counts.
   *
   * @param intraOpThreads threads inside one op (0: TensorFlow picks, one per core)
   * @param interOpThreads ops run concurrently (0: TensorFlow picks)
   * @param precision the arithmetic of matrix multiplications and convolutions
   */
  public SessionSettings {
    Objects.requireNonNull(precision, "precision");
    if (intraOpThreads < 0 || interOpThreads < 0) {
      throw new IllegalArgumentException(
          "thread counts must be >= 0 (0 = TensorFlow's default),"
              + " got intra="
              + intraOpThreads
              + " inter="
              + interOpThreads);
    }
  }

  /**
   * float32 settings with the given thread counts.
   *
   * @param intraOpThreads threads inside one op (0: TensorFlow picks, one per core)
   * @param interOpThreads ops run concurrently (0: TensorFlow picks)
   */
  public SessionSettings(int intraOpThreads, int interOpThreads) {
    this(intraOpThreads, interOpThreads, Precision.FP32);
  }

  /** The keys {@code intra_op_threads}, {@code inter_op_threads} and {@code precision}. */
  public static final List<Hyperparameter<SessionSettings>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofInt(
              "intra_op_threads",
              0,
              1024,
              "TensorFlow intra-op threads (0 = default)",
              SessionSettings::intraOpThreads,
              (s, n) -> new SessionSettings(n, s.interOpThreads(), s.precision())),
          Hyperparameter.ofInt(
              "inter_op_threads",
              0,
              1024,
              "TensorFlow inter-op threads (0 = default)",
              SessionSettings::interOpThreads,
              (s, n) -> new SessionSettings(s.intraOpThreads(), n, s.precision())),
          Hyperparameter.ofString(
              "precision",
              "fp32, or bf16: matrix multiplications and convolutions in bfloat16, variables and"
                  + " losses in float32 (needs a CPU with AVX-512 BF16 or AMX)",
              s -> s.precision().key(),
              (s, v) -> s.withPrecision(Precision.parse(v))));

  /**
   * {@return these thread settings in {@code newPrecision}}
   *
   * @param newPrecision the session's arithmetic
   */
  public SessionSettings withPrecision(Precision newPrecision) {
    return new SessionSettings(intraOpThreads, interOpThreads, newPrecision);
  }

  /** {@return TensorFlow's defaults} */
  public static SessionSettings defaults() {
    return new SessionSettings(0, 0);
  }

  /** {@return the session config proto} */
  public ConfigProto toConfigProto() {
    ConfigProto.Builder b =
        ConfigProto.newBuilder()
            .setIntraOpParallelismThreads(intraOpThreads)
            .setInterOpParallelismThreads(interOpThreads)
            .setAllowSoftPlacement(true);
    if (precision == Precision.BF16) {
      b.setGraphOptions(
          GraphOptions.newBuilder()
              .setRewriteOptions(
                  RewriterConfig.newBuilder()
                      .setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON)));
    }
    return b.build();
  }

  /**
   * Opens a session on {@code graph}; the caller closes it.
   *
   * @param graph the graph to run
   * @return the open session
   * @throws IllegalStateException for bf16 on a CPU without bfloat16 instructions
   */
  public Session open(Graph graph) {
    precision.checkSupported();
    return new Session(graph, toConfigProto());
  }
}
