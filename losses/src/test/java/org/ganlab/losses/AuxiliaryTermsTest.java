package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.RandomStreams;
import org.ganlab.core.train.Regularizer;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Cycle-consistency, identity and auxiliary-classifier terms against hand-computed values. */
class AuxiliaryTermsTest {
  static final float[] A = {1, 2, 3, 4};
  static final float[] A_REC = {1.5f, 2, 2, 4}; // |diff| = 0.5, 0, 1, 0: mean 0.375
  static final float[] B = {0, 0, 0, 0};
  static final float[] B_REC = {1, -1, 2, 0}; // mean |diff| = 1

  @Test
  void cycleConsistencyIsLambdaTimesMeanAbsoluteReconstructionError() {
    try (TestGraph g = new TestGraph()) {
      Operand<TFloat32> a = g.constant(A, 2, 2);
      Operand<TFloat32> aRec = g.constant(A_REC, 2, 2);
      Operand<TFloat32> b = g.constant(B, 2, 2);
      Operand<TFloat32> bRec = g.constant(B_REC, 2, 2);
      assertThat(g.scalar(CycleConsistencyLoss.l1(g.tf, a, aRec))).isEqualTo(0.375f);
      assertThat(g.scalar(CycleConsistencyLoss.cycle(g.tf, a, aRec, b, bRec))).isEqualTo(1.375f);
      assertThat(g.scalar(new CycleConsistencyLoss().build(g.tf, a, aRec, b, bRec)))
          .isEqualTo(13.75f);
      assertThat(g.scalar(new CycleConsistencyLoss(2).build(g.tf, a, aRec, b, bRec)))
          .isEqualTo(2.75f);
      // The A cycle alone is scaled: 10 * (0.2 * 0.375 + 1) and 10 * (0 * 0.375 + 1).
      assertThat(g.scalar(new CycleConsistencyLoss(10, 0.2).build(g.tf, a, aRec, b, bRec)))
          .isCloseTo(10.75f, within(1e-5f));
      assertThat(g.scalar(new CycleConsistencyLoss(10, 0).build(g.tf, a, aRec, b, bRec)))
          .isEqualTo(10f);
    }
  }

  @Test
  void identityIsHalfTheCycleLambdaByDefault() {
    assertThat(new IdentityLoss().weight()).isEqualTo(5.0);
    assertThat(IdentityLoss.relativeTo(new CycleConsistencyLoss(8), 0.5).weight()).isEqualTo(4.0);
    try (TestGraph g = new TestGraph()) {
      Operand<TFloat32> a = g.constant(A, 2, 2);
      Operand<TFloat32> fOfA = g.constant(A_REC, 2, 2);
      Operand<TFloat32> b = g.constant(B, 2, 2);
      Operand<TFloat32> gOfB = g.constant(B_REC, 2, 2);
      // 5 * mean |F(a) - a| = 5 * 0.375
      assertThat(g.scalar(new IdentityLoss().build(g.tf, a, fOfA))).isEqualTo(1.875f);
      // 5 * (1 + 0.375)
      assertThat(g.scalar(new IdentityLoss().build(g.tf, b, gOfB, a, fOfA))).isEqualTo(6.875f);
    }
  }

  @Test
  void l1RejectsDifferentShapes() {
    try (TestGraph g = new TestGraph()) {
      assertThatThrownBy(() -> CycleConsistencyLoss.l1(g.tf, g.constant(A, 4), g.constant(A, 2, 2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[4]")
          .hasMessageContaining("[2, 2]");
    }
    assertThatThrownBy(() -> new CycleConsistencyLoss(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CycleConsistencyLoss(10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A-cycle weight");
  }

  /** -log softmax(logits)[label], stable, in double. */
  static double crossEntropy(double[] logits, int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (double l : logits) {
      sum += Math.exp(l - max);
    }
    return max + Math.log(sum) - logits[label];
  }

  static final float[] REAL_CLASS_LOGITS = {2, 1, 0, 0, 0, 0};
  static final float[] FAKE_CLASS_LOGITS = {100, -100, 0, -1, 3, 0.5f};
  static final int[] LABELS = {0, 2};

  @Test
  void auxiliaryClassifierCrossEntropy() {
    double ceReal = (crossEntropy(new double[] {2, 1, 0}, 0) + Math.log(3)) / 2;
    double ceFake =
        (crossEntropy(new double[] {100, -100, 0}, 0) + crossEntropy(new double[] {-1, 3, 0.5}, 2))
            / 2;
    // By hand: log(e^2 + e + 1) - 2 = 0.40761, log 3 = 1.09861
    assertThat(ceReal).isCloseTo((0.40760596 + 1.09861229) / 2, within(1e-7));
    try (TestGraph g = new TestGraph()) {
      Placeholder<TInt32> labels = g.tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(2)));
      Placeholder<TFloat32> fakeLogits = g.placeholder(2, 3);
      Operand<TFloat32> realLogits = g.constant(REAL_CLASS_LOGITS, 2, 3);
      Operand<TFloat32> scores = g.constant(new float[] {0, 0}, 2);
      GanModel model =
          new GanModel(
              null,
              null,
              null,
              labels,
              null,
              null,
              new DiscriminatorOutput(scores, realLogits),
              new DiscriminatorOutput(scores, fakeLogits),
              new RandomStreams(g.tf),
              2);
      Regularizer.Terms t = new AuxiliaryClassifierLoss(2, 0.5).build(g.tf, model);
      var grad = g.tf.gradients(t.generator(), List.of(fakeLogits));
      g.feedInts(labels, LABELS).feed(fakeLogits, FAKE_CLASS_LOGITS);
      assertThat(g.scalar(t.discriminator()))
          .isCloseTo((float) (2 * (ceReal + ceFake)), within(1e-5f));
      assertThat(g.scalar(t.generator())).isCloseTo((float) (0.5 * ceFake), within(1e-6f));
      assertThat(g.scalar(AuxiliaryClassifierLoss.crossEntropy(g.tf, realLogits, labels)))
          .isCloseTo((float) ceReal, within(1e-6f));
      // d/dlogits of weight * mean CE = weight / b * (softmax - onehot)
      Operand<TFloat32> dy = grad.dy(0);
      float[] dLogits = g.floats(dy);
      double[] second = {-1, 3, 0.5};
      double z = Math.exp(-1) + Math.exp(3) + Math.exp(0.5);
      for (int c = 0; c < 3; c++) {
        double expected = 0.5 / 2 * (Math.exp(second[c]) / z - (c == 2 ? 1 : 0));
        assertThat(dLogits[3 + c]).isCloseTo((float) expected, within(1e-6f));
      }
      // The first example's logits (100, -100, 0) are already right: gradient ~0, finite.
      assertThat(dLogits[0]).isCloseTo(0f, within(1e-6f));
    }
  }

  @Test
  void crossEntropyIsFiniteForExtremeLogits() {
    try (TestGraph g = new TestGraph()) {
      Operand<TInt32> label = g.tf.constant(new int[] {1});
      Operand<TFloat32> logits = g.constant(new float[] {100, -100, 0}, 1, 3);
      // -log softmax(...)[1] = 100 + 100 + log(1 + e^-100 + e^-200) = 200
      assertThat(g.scalar(AuxiliaryClassifierLoss.crossEntropy(g.tf, logits, label)))
          .isEqualTo(200f);
    }
  }

  @Test
  void auxiliaryClassifierNeedsLabelsAndAClassifierHead() {
    try (TestGraph g = new TestGraph()) {
      Operand<TFloat32> scores = g.constant(new float[] {0, 0}, 2);
      GanModel unconditional =
          TestGraph.model(
              g.tf,
              null,
              null,
              null,
              DiscriminatorOutput.of(scores),
              DiscriminatorOutput.of(scores),
              2);
      assertThatThrownBy(() -> new AuxiliaryClassifierLoss().build(g.tf, unconditional))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("conditional");
      Placeholder<TInt32> labels = g.tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(2)));
      GanModel headless =
          new GanModel(
              null,
              null,
              null,
              labels,
              null,
              null,
              DiscriminatorOutput.of(scores),
              DiscriminatorOutput.of(scores),
              new RandomStreams(g.tf),
              2);
      assertThatThrownBy(() -> new AuxiliaryClassifierLoss().build(g.tf, headless))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("classifier head");
    }
  }
}
