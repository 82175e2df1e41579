package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep files: what they state, how they are refused, and the trials they give. */
class SweepFileTest {
  private final ExperimentRegistry registry = new ExperimentRegistry();
  @TempDir Path dir;

  private SweepFile read(String json) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, json);
    return new SweepFileReader(registry).read(f);
  }

  private List<Trial> trials(SweepFile s) {
    return new SweepRunner(registry, System.out).trials(s);
  }

  private static final String GRID =
      """
      {"experiment": "gan-ring8", "steps": 100, "set": {"eval_samples": 500},
       "search": {"r1_gamma": {"grid": [0, 1]}, "packing": {"grid": [1, 2, 4]}},
       "seeds": [3, 5], "metric": {"column": "modes_captured", "goal": "maximize"}}
      """;

  @Test
  void gridIsTheProductOfTheListsFirstKeySlowest() throws Exception {
    SweepFile s = read(GRID);
    assertThat(s.name()).isEqualTo("s");
    assertThat(s.experiment()).isEqualTo("gan-ring8");
    assertThat(s.steps()).isEqualTo(100);
    assertThat(s.fixed()).containsExactly("eval_samples=500");
    assertThat(s.seeds()).containsExactly(3L, 5L);
    assertThat(s.metric()).isEqualTo(new RankMetric("modes_captured", true));
    assertThat(s.random()).isEmpty();
    List<Trial> t = trials(s);
    assertThat(t)
        .extracting(x -> x.values().toString())
        .containsExactly(
            "{r1_gamma=0, packing=1}",
            "{r1_gamma=0, packing=2}",
            "{r1_gamma=0, packing=4}",
            "{r1_gamma=1, packing=1}",
            "{r1_gamma=1, packing=2}",
            "{r1_gamma=1, packing=4}");
    assertThat(t.get(0).setLine())
        .isEqualTo("--steps 100 --set eval_samples=500 --set r1_gamma=0 --set packing=1");
    // The slug of the swept values, then the first 8 hex digits of
    // sha256("gan-ring8 --steps 100 --set eval_samples=500 --set r1_gamma=0 --set packing=1").
    assertThat(t.get(0).id()).isEqualTo("r1_gamma-0_packing-1-8f231b59");
    assertThat(t).extracting(Trial::id).doesNotHaveDuplicates();
    assertThat(trials(read(GRID))).isEqualTo(t);
  }

  @Test
  void stepsDefaultToTheExperimentsAndSeedsMayBeACount() throws Exception {
    SweepFile s =
        read(
            """
            {"experiment": "gan-ring8", "search": {"r1_gamma": {"grid": [0]}},
             "seeds": 3, "metric": {"column": "high_quality", "goal": "minimize"}}
            """);
    assertThat(s.steps()).isEqualTo(10_000);
    assertThat(s.seeds()).containsExactly(0L, 1L, 2L);
    assertThat(s.metric().maximize()).isFalse();
  }

  private static final String RANDOM =
      """
      {"experiment": "gan-ring8", "steps": 100,
       "search": {"lr_d": {"log_uniform": [1e-5, 1e-1]}, "beta1": {"uniform": [0, 0.9]},
                  "hidden_units": {"uniform": [16, 64]}, "r1_gamma": {"grid": [0, 1]}},
       "random": {"budget": %d, "seed": %d},
       "metric": {"column": "modes_captured", "goal": "maximize"}}
      """;

  @Test
  void randomSearchIsReproducibleAndCrossedWithTheGrid() throws Exception {
    List<Trial> t = trials(read(RANDOM.formatted(5, 7)));
    assertThat(t).hasSize(10);
    assertThat(trials(read(RANDOM.formatted(5, 7)))).isEqualTo(t);
    // Keys are drawn in alphabetical order from SplittableRandom(7): beta1 takes the first
    // double (0.3898297483912715 x 0.9 = 0.35085 -> 0.3508), hidden_units the second
    // (16 + 0.01678829452815611 x 48 = 16.8 -> 17), lr_d the third.
    Trial first = t.get(0);
    assertThat(first.values()).containsEntry("beta1", "0.3508").containsEntry("hidden_units", "17");
    assertThat(first.values()).containsEntry("r1_gamma", "0");
    // The same five draws for each grid point, so the grid's trials are paired.
    for (int i = 0; i < 5; i++) {
      assertThat(t.get(5 + i).values().get("lr_d")).isEqualTo(t.get(i).values().get("lr_d"));
      assertThat(t.get(5 + i).values().get("r1_gamma")).isEqualTo("1");
    }
    assertThat(trials(read(RANDOM.formatted(5, 8))).get(0).values().get("beta1"))
        .isNotEqualTo("0.3508");
  }

  @Test
  void logUniformDrawsStayInRangeAndSpreadEvenlyOverDecades() throws Exception {
    List<Trial> t =
        trials(
            read(
                """
                {"experiment": "gan-ring8", "steps": 100,
                 "search": {"lr_d": {"log_uniform": [1e-5, 1e-1]}},
                 "random": {"budget": 400, "seed": 7},
                 "metric": {"column": "modes_captured", "goal": "maximize"}}
                """));
    // The first draw: exp(log 1e-5 + 0.3898297483912715 x log 1e4) = 3.62509e-4 -> 3.625E-4.
    assertThat(t.get(0).values().get("lr_d")).isEqualTo("3.625E-4");
    int[] perDecade = new int[4];
    for (Trial x : t) {
      double v = Double.parseDouble(x.values().get("lr_d"));
      assertThat(v).isBetween(1e-5, 1e-1);
      perDecade[Math.min(3, (int) Math.floor(Math.log10(v) + 5))]++;
    }
    // 400 draws, 100 expected per decade (binomial std about 8.7): a linear draw would put
    // nearly all of them in the last decade.
    for (int n : perDecade) {
      assertThat(n).isBetween(70, 130);
    }
  }

  @Test
  void errorsNameTheFileAndTheKey() throws Exception {
    String metric = "\"metric\": {\"column\": \"high_quality\", \"goal\": \"maximize\"}";
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"nope\": {\"grid\": [1]}}, " + metric + "}",
        "search.nope: unknown key 'nope'; valid keys:");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"lr_d\": {\"log_uniform\": [0, 1]}},"
            + " \"random\": {\"budget\": 2}, "
            + metric
            + "}",
        "search.lr_d.log_uniform: the low end must be above 0, got 0.0");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"lr_d\": {\"uniform\": [1e-4, 1e-3]}}, "
            + metric
            + "}",
        "random: missing");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"r1_gamma\": {\"grid\": [-1]}}, "
            + metric
            + "}",
        "search.r1_gamma.grid:");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"r1_gamma\": {\"grid\": [0]}},"
            + " \"metric\": {\"column\": \"fid\", \"goal\": \"lowest\"}}",
        "metric.goal: expected \"maximize\" or \"minimize\", got \"lowest\"");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"seed\": 1, \"search\": {}, " + metric + "}",
        "seed: unknown field");
    assertRefused(
        "{\"experiment\": \"no-such\", \"search\": {}, " + metric + "}",
        "experiment: unknown experiment 'no-such'");
    assertRefused(
        "{\"experiment\": \"gan-ring8\", \"search\": {\"packing\": {\"grid\": [1, 0.5],"
            + " \"scale\": \"log\"}}, "
            + metric
            + "}",
        "search.packing.grid:");
    assertRefused("{\"experiment\": ", "not valid JSON");
  }

  private void assertRefused(String json, String message) {
    Path f = dir.resolve("bad.json");
    assertThatThrownBy(
            () -> {
              Files.writeString(f, json);
              new SweepFileReader(registry).read(f);
            })
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ": ")
        .hasMessageContaining(message);
  }
}
