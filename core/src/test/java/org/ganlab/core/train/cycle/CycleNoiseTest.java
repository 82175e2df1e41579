package org.ganlab.core.train.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The noise is the stateless normal of its seed times the standard deviation, added to the
 * translation; 0 is off; bad values are refused naming the value.
 */
class CycleNoiseTest {
  private static final int N = 4000;

  /** {@code noise} applied to a ramp 0, 1, 2, ..., the plain normal of the same seed, both read. */
  private static float[][] applyToRamp(CycleNoise noise, long seedA, long seedB) {
    try (Graph g = new Graph();
        Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> ramp =
          tf.dtypes.cast(tf.range(tf.constant(0), tf.constant(N), tf.constant(1)), TFloat32.class);
      Operand<TInt64> seed = tf.constant(new long[] {seedA, seedB});
      Operand<TFloat32> noisy = noise.apply(tf, ramp, seed);
      Operand<TFloat32> normal =
          tf.random.statelessRandomNormal(tf.constant(new long[] {N}), seed, TFloat32.class);
      try (var r = s.runner().fetch(noisy).fetch(normal).run()) {
        float[][] out = new float[2][N];
        for (int k = 0; k < 2; k++) {
          TFloat32 t = (TFloat32) r.get(k);
          for (int i = 0; i < N; i++) {
            out[k][i] = t.getFloat(i);
          }
        }
        return out;
      }
    }
  }

  @Test
  void addsTheSeedsNormalScaledByTheStandardDeviation() {
    float[][] v = applyToRamp(new CycleNoise(0.25), 3, 9);
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < N; i++) {
      // x + 0.25 z, exactly as written: the float product of the same draw.
      assertThat(v[0][i]).isEqualTo(i + v[1][i] * 0.25f);
      double n = v[0][i] - i;
      sum += n;
      sq += n * n;
    }
    double mean = sum / N;
    // Sample moments of 4000 draws: std of the mean 0.004, of the std about 0.003.
    assertThat(mean).isCloseTo(0, within(0.02));
    assertThat(Math.sqrt(sq / N - mean * mean)).isCloseTo(0.25, within(0.015));
  }

  @Test
  void theSameSeedDrawsTheSameNoiseAndAnotherSeedOther() {
    float[][] a = applyToRamp(new CycleNoise(0.1), 1, 2);
    float[][] b = applyToRamp(new CycleNoise(0.1), 1, 2);
    float[][] c = applyToRamp(new CycleNoise(0.1), 1, 3);
    assertThat(a[0]).containsExactly(b[0]);
    assertThat(a[0]).isNotEqualTo(c[0]);
  }

  @Test
  void zeroIsOffAndNegativeOrNonFiniteIsRefused() {
    assertThat(CycleNoise.NONE.enabled()).isFalse();
    assertThat(new CycleNoise(0.1).enabled()).isTrue();
    assertThatThrownBy(() -> new CycleNoise(-0.1)).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> new CycleNoise(Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> new CycleNoise(Double.POSITIVE_INFINITY))
        .hasMessageContaining("Infinity");
  }

  @Test
  void theKeyIsCycleNoise() {
    Hyperparameters hp =
        Hyperparameters.builder()
            .declare(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE)
            .build()
            .with("cycle_noise", "0.3");
    assertThat(hp.apply(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE))
        .isEqualTo(new CycleNoise(0.3));
  }
}
