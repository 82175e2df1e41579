package org.ganlab.experiments.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
  private static final Map<String, String> DRIVER_ENVIRONMENT =
      Map.of(
          "TF_ENABLE_ONEDNN_OPTS", "1",
          "TF_AUTO_MIXED_PRECISION_GRAPH_REWRITE_DENYLIST_ADD", "Mean,Sum",
          "HOME", "/home/driver");

  @Test
  void clusterExecutorsGetTheDriversTensorFlowEnvironmentAndNothingElse() {
    SparkSettings cluster =
        SparkSettings.of(Optional.of("spark://10.0.0.5:7077"), 1, Map.of(), Optional.empty());

    Map<String, String> p = cluster.properties("ganlab sweep", "/opt/ganlab/*", DRIVER_ENVIRONMENT);

    assertThat(p)
        .containsEntry("spark.executorEnv.TF_ENABLE_ONEDNN_OPTS", "1")
        .containsEntry(
            "spark.executorEnv.TF_AUTO_MIXED_PRECISION_GRAPH_REWRITE_DENYLIST_ADD", "Mean,Sum")
        .doesNotContainKey("spark.executorEnv.HOME")
        .doesNotContainKey(
            "spark.executorEnv.TF_AUTO_MIXED_PRECISION_GRAPH_REWRITE_INFERLIST_REMOVE");
  }

  @Test
  void aConfOnTheCommandLineWinsOverTheDriversValue() {
    SparkSettings cluster =
        SparkSettings.of(
            Optional.of("spark://10.0.0.5:7077"),
            1,
            Map.of("spark.executorEnv.TF_ENABLE_ONEDNN_OPTS", "0"),
            Optional.empty());

    assertThat(cluster.properties("ganlab sweep", "/opt/ganlab/*", DRIVER_ENVIRONMENT))
        .containsEntry("spark.executorEnv.TF_ENABLE_ONEDNN_OPTS", "0");
  }

  @Test
  void localModeSetsNoExecutorEnvironmentBecauseItsRunsInheritThisProcesss() {
    SparkSettings local = SparkSettings.of(Optional.empty(), 2, Map.of(), Optional.empty());

    assertThat(local.properties("ganlab sweep", "/opt/ganlab/*", DRIVER_ENVIRONMENT).keySet())
        .noneMatch(k -> k.startsWith("spark.executorEnv."));
  }
}
