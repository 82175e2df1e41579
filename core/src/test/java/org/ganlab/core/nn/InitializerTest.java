package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** Seeded initializers: reproducible across graphs, sensitive to the seed, right statistics. */
class InitializerTest {

  /** Builds layers into a fresh graph and returns every variable's initial value by name. */
  private static Map<String, float[]> initialValues(
      long root, String netName, Consumer<Network<TFloat32>> build) {
    try (Graph g = new Graph()) {
      Network<TFloat32> net =
          new Network<>(Ops.create(g), netName, TFloat32.class, new Seeds(root));
      build.accept(net);
      Map<String, float[]> out = new LinkedHashMap<>();
      try (Session s = new Session(g)) {
        s.initialize();
        for (Variable<TFloat32> v : net.allVariables()) {
          // names without the network scope, to compare networks with different names
          out.put(v.op().name().substring(netName.length() + 1), TfRun.floats(s, v));
        }
      }
      return out;
    }
  }

  private static void smallNet(Network<TFloat32> net) {
    new Dense<>(net, "dense", 8, 4, Initializer.glorotUniform());
    new Conv2d<>(net, "conv", 2, 3, 3, 1, Initializer.normal(0.02), false);
    new Embedding<>(net, "emb", 5, 3, Initializer.normal(1));
  }

  @Test
  void sameSeedGivesIdenticalValuesInTwoFreshGraphs() {
    Map<String, float[]> a = initialValues(5, "net", InitializerTest::smallNet);
    Map<String, float[]> b = initialValues(5, "net", InitializerTest::smallNet);
    assertThat(a.keySet())
        .containsExactly("dense/kernel", "dense/bias", "conv/kernel", "emb/table");
    for (String k : a.keySet()) {
      assertThat(b.get(k)).as(k).containsExactly(a.get(k));
    }
    assertThat(a.get("dense/bias")).containsOnly(0f);
  }

  @Test
  void otherRootSeedOrOtherScopeGivesOtherValues() {
    Map<String, float[]> a = initialValues(5, "net", InitializerTest::smallNet);
    Map<String, float[]> otherSeed = initialValues(6, "net", InitializerTest::smallNet);
    Map<String, float[]> otherScope = initialValues(5, "other", InitializerTest::smallNet);
    for (String k : new String[] {"dense/kernel", "conv/kernel", "emb/table"}) {
      assertThat(differing(a.get(k), otherSeed.get(k)))
          .as("seed 5 vs 6, %s", k)
          .isEqualTo(a.get(k).length);
      assertThat(differing(a.get(k), otherScope.get(k)))
          .as("scope net vs other, %s", k)
          .isEqualTo(a.get(k).length);
    }
  }

  @Test
  void addingALayerDoesNotChangeAnotherLayersValues() {
    Map<String, float[]> a = initialValues(5, "net", InitializerTest::smallNet);
    Map<String, float[]> b =
        initialValues(
            5,
            "net",
            net -> {
              new Dense<>(net, "extra", 3, 3, Initializer.glorotUniform());
              smallNet(net);
            });
    for (String k : a.keySet()) {
      assertThat(b.get(k)).as(k).containsExactly(a.get(k));
    }
  }

  @Test
  void twoVariablesOfTheSameShapeGetDifferentValues() {
    Map<String, float[]> a =
        initialValues(
            5,
            "net",
            net -> {
              new Dense<>(net, "d0", 4, 4, Initializer.normal(1));
              new Dense<>(net, "d1", 4, 4, Initializer.normal(1));
            });
    assertThat(differing(a.get("d0/kernel"), a.get("d1/kernel"))).isEqualTo(16);
  }

  private static int differing(float[] a, float[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        n++;
      }
    }
    return n;
  }

  @Test
  void normalHasTheRequestedStandardDeviation() {
    float[] w =
        initialValues(
                1, "net", net -> new Dense<>(net, "d", 256, 256, Initializer.normal(0.02), false))
            .get("d/kernel");
    double[] mv = meanVar(w);
    // 65536 samples: std error of the mean 0.02 / 256 = 7.8e-5; of the std about 0.3%.
    assertThat(mv[0]).isCloseTo(0, within(4e-4));
    assertThat(Math.sqrt(mv[1])).isCloseTo(0.02, within(0.02 * 0.015));
    // a normal, not a uniform: about 4.55% of the mass lies beyond 2 std
    long tail = 0;
    for (float v : w) {
      if (Math.abs(v) > 0.04) {
        tail++;
      }
    }
    assertThat(tail / (double) w.length).isCloseTo(0.0455, within(0.004));
  }

  @Test
  void glorotUniformLimitsFollowKerasFans() {
    // Dense [in=100, out=50]: limit sqrt(6 / 150) = 0.2.
    assertGlorot(
        initialValues(
                2, "net", net -> new Dense<>(net, "d", 100, 50, Initializer.glorotUniform(), false))
            .get("d/kernel"),
        Math.sqrt(6.0 / 150));
    // Conv [3, 3, in=16, out=32]: fanIn 144, fanOut 288.
    assertGlorot(
        initialValues(
                3,
                "net",
                net -> new Conv2d<>(net, "c", 16, 32, 3, 1, Initializer.glorotUniform(), false))
            .get("c/kernel"),
        Math.sqrt(6.0 / (144 + 288)));
    // Transposed conv kernel [4, 4, out=8, in=16]: fans 16*8 and 16*16 as Keras computes them
    // from the kernel shape.
    assertGlorot(
        initialValues(
                4,
                "net",
                net ->
                    new Conv2dTranspose<>(
                        net, "t", 16, 8, 4, 2, Initializer.glorotUniform(), false))
            .get("t/kernel"),
        Math.sqrt(6.0 / (16 * 8 + 16 * 16)));
  }

  private static void assertGlorot(float[] w, double limit) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (float v : w) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isGreaterThanOrEqualTo(-limit - 1e-7).isLessThan(-0.98 * limit);
    assertThat(max).isLessThanOrEqualTo(limit + 1e-7).isGreaterThan(0.98 * limit);
    double[] mv = meanVar(w);
    assertThat(mv[0]).isCloseTo(0, within(limit * 0.05));
    assertThat(mv[1]).isCloseTo(limit * limit / 3, within(limit * limit / 3 * 0.06));
  }

  @Test
  void constantAndZeros() {
    Map<String, float[]> a = initialValues(1, "net", net -> new BatchNorm<>(net, "bn", 3));
    assertThat(a.get("bn/gamma")).containsExactly(1, 1, 1);
    assertThat(a.get("bn/beta")).containsExactly(0, 0, 0);
    assertThat(a.get("bn/moving_mean")).containsExactly(0, 0, 0);
    assertThat(a.get("bn/moving_variance")).containsExactly(1, 1, 1);
    float[] c =
        initialValues(
                1, "net", net -> new Dense<>(net, "d", 2, 2, Initializer.constant(0.25), false))
            .get("d/kernel");
    assertThat(c).containsExactly(0.25f, 0.25f, 0.25f, 0.25f);
  }

  private static double[] meanVar(float[] w) {
    double m = 0;
    for (float v : w) {
      m += v;
    }
    m /= w.length;
    double var = 0;
    for (float v : w) {
      var += (v - m) * (v - m);
    }
    return new double[] {m, var / w.length};
  }

  @Test
  void sameGraphTwoSessionsGiveTheSameValues() {
    try (Graph g = new Graph()) {
      Network<TFloat32> net = new Network<>(Ops.create(g), "net", TFloat32.class, new Seeds(9));
      Dense<TFloat32> d = new Dense<>(net, "d", 5, 5, Initializer.normal(1));
      float[] first;
      try (Session s = new Session(g)) {
        s.initialize();
        first = TfRun.floats(s, d.kernel());
      }
      try (Session s = new Session(g)) {
        s.initialize();
        assertThat(TfRun.floats(s, d.kernel())).containsExactly(first);
      }
      assertThat(Arrays.equals(first, new float[25])).isFalse();
    }
  }
}
