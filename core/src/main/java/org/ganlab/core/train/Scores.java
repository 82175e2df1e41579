package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * What the discriminator says about the real and the generated batch of a step, as one scalar each,
 * in the units its loss gives them meaning: a probability for losses built on a sigmoid (the "D(x)"
 * and "D(G(z))" of the GAN papers), the raw output for critics (Wasserstein, hinge, least squares),
 * where a sigmoid would mean nothing.
 *
 * @param kind how to read the two values (and how metrics.csv names their columns)
 * @param real scalar mean score of the real batch
 * @param fake scalar mean score of the generated batch
 */
public record Scores(Kind kind, Operand<TFloat32> real, Operand<TFloat32> fake) {

  /** How the scores are read. */
  public enum Kind {
    /** Mean sigmoid of the logits: columns {@code d_x, d_g_z}. */
    PROBABILITY("d_x", "d_g_z"),
    /** Mean raw discriminator output: columns {@code critic_real, critic_fake}. */
    RAW("critic_real", "critic_fake");

    private final String realColumn;
    private final String fakeColumn;

    Kind(String realColumn, String fakeColumn) {
      this.realColumn = realColumn;
      this.fakeColumn = fakeColumn;
    }

    /** {@return the metrics.csv column of the real score} */
    public String realColumn() {
      return realColumn;
    }

    /** {@return the metrics.csv column of the generated score} */
    public String fakeColumn() {
      return fakeColumn;
    }
  }

  /**
   * {@return the mean score of every element of {@code realOutputs} and of {@code fakeOutputs}
   * (logits of any shape, e.g. one per image or one per patch; several discriminators are pooled)}
   *
   * @param tf the ops the means are built with
   * @param kind whether the outputs are read as probabilities or raw values
   * @param realOutputs the discriminators' logits on real data
   * @param fakeOutputs the discriminators' logits on generated data
   */
  public static Scores of(
      Ops tf, Kind kind, List<Operand<TFloat32>> realOutputs, List<Operand<TFloat32>> fakeOutputs) {
    Ops s = tf.withSubScope("scores");
    return new Scores(kind, mean(s, kind, realOutputs), mean(s, kind, fakeOutputs));
  }

  /**
   * {@return the scores of one discriminator's outputs on {@code model}'s real and generated batch}
   *
   * @param tf the ops the means are built with
   * @param kind whether the outputs are read as probabilities or raw values
   * @param model the model whose discriminator outputs are scored
   */
  public static Scores of(Ops tf, Kind kind, GanModel model) {
    return of(tf, kind, List.of(model.onReal().logits()), List.of(model.onGenerated().logits()));
  }

  private static Operand<TFloat32> mean(Ops s, Kind kind, List<Operand<TFloat32>> outputs) {
    List<Operand<TFloat32>> flat = new ArrayList<>();
    for (Operand<TFloat32> o : outputs) {
      flat.add(o.shape().numDimensions() == 1 ? o : s.reshape(o, s.constant(new long[] {-1})));
    }
    Operand<TFloat32> all = flat.size() == 1 ? flat.get(0) : s.concat(flat, s.constant(0));
    Operand<TFloat32> v = kind == Kind.PROBABILITY ? s.math.sigmoid(all) : all;
    return s.math.mean(v, s.constant(0));
  }
}
