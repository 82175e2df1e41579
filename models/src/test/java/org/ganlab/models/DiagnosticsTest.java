package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.hooks.Diagnostics;
import org.ganlab.core.train.hooks.DiagnosticsHook;
import org.ganlab.losses.MinimaxLoss;
import org.ganlab.losses.NonSaturatingLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training diagnostics on the 2D MLP GAN: a saturated discriminator shows the minimax loss's
 * vanishing generator gradient, the diagnostics leave training untouched, and diagnostics.csv
 * resumes like metrics.csv.
 */
class DiagnosticsTest {
  private static final DataSource RING = GaussianMixture2D.ring8().source(new Seeds(3));

  /** A fast D (lr 1e-2) against a nearly frozen G (lr 1e-8): D saturates within a few steps. */
  private static TrainingPreset saturating(GanLossFunction loss) {
    return MlpGan.standard()
        .withHiddenUnits(32)
        .training()
        .withBatchSize(64)
        .withLoss(loss)
        .withOptimizers(new OptimizerPair(new Adam(1e-2, 0.5, 0.999), new Adam(1e-8, 0.5, 0.999)));
  }

  private static Diagnostics last(TrainingPreset preset, Path csv, int steps) {
    List<Diagnostics> seen = new ArrayList<>();
    try (GanTrainer<GanModel> t = preset.trainer(RING, 3);
        DiagnosticsHook hook = new DiagnosticsHook(csv, 10, seen::add)) {
      t.train(steps, hook);
    }
    assertThat(seen).hasSize(steps / 10);
    return seen.get(seen.size() - 1);
  }

  @Test
  void minimaxGeneratorGradientVanishesOnASaturatedDiscriminator(@TempDir Path dir) {
    Diagnostics minimax = last(saturating(new MinimaxLoss()), dir.resolve("mm.csv"), 60);
    Diagnostics nonSaturating =
        last(saturating(new NonSaturatingLoss()), dir.resolve("ns.csv"), 60);
    System.out.printf(
        "G-output gradient norm on a saturated D: minimax %g, non-saturating %g; D(fake) p50 %g%n",
        minimax.generatorOutputGradientNorm(),
        nonSaturating.generatorOutputGradientNorm(),
        minimax.dFakeQuantiles()[1]);
    // D rejects the generated batch with confidence: sigmoid(p95 of D(G(z))) < 0.05.
    assertThat(minimax.dFakeQuantiles()[2]).isLessThan(-3);
    assertThat(minimax.dRealQuantiles()[1]).isGreaterThan(minimax.dFakeQuantiles()[2]);
    // dL/dl is sigmoid(l) for minimax and sigmoid(l) - 1 for the non-saturating loss.
    assertThat(minimax.generatorOutputGradientNorm())
        .isLessThan(0.1f * nonSaturating.generatorOutputGradientNorm());
    assertThat(minimax.spectralNorms())
        .isNotEmpty()
        .allSatisfy((k, v) -> assertThat(v).isPositive());
    assertThat(minimax.gradientNorms().keySet()).isEqualTo(minimax.spectralNorms().keySet());
  }

  @Test
  void diagnosticsLeaveTrainingUntouchedAndResumeLikeMetrics(@TempDir Path dir) throws Exception {
    TrainingPreset preset = MlpGan.standard().withHiddenUnits(32).training().withBatchSize(32);
    List<StepRecord> plain = new ArrayList<>();
    try (GanTrainer<GanModel> t = preset.trainer(RING, 4)) {
      t.train(40, (tr, r, n) -> plain.add(r));
    }
    Path whole = dir.resolve("whole.csv");
    List<StepRecord> watched = new ArrayList<>();
    try (GanTrainer<GanModel> t = preset.trainer(RING, 4);
        DiagnosticsHook hook = new DiagnosticsHook(whole, 10, null)) {
      t.train(40, hook, (tr, r, n) -> watched.add(r));
    }
    assertThat(watched).isEqualTo(plain);

    // Killed at step 30 after a checkpoint at step 20; resumed from it.
    Path resumed = dir.resolve("resumed.csv");
    Path ckpt = dir.resolve("ckpt");
    try (GanTrainer<GanModel> t = preset.trainer(RING, 4);
        DiagnosticsHook hook = new DiagnosticsHook(resumed, 10, null)) {
      t.train(20, hook);
      t.save(ckpt);
      t.train(10, hook);
    }
    try (GanTrainer<GanModel> t = preset.trainer(RING, 4);
        DiagnosticsHook hook = new DiagnosticsHook(resumed, 10, null)) {
      t.restore(ckpt);
      t.train(20, hook);
    }
    List<String> lines = Files.readAllLines(whole);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("step,g_output_grad_norm,d_real_p5,d_real_p50,d_real_p95,");
    assertThat(Files.readAllLines(resumed)).isEqualTo(lines);
  }

  @Test
  void aShardedTrainerIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
    TrainingPreset preset = MlpGan.standard().withHiddenUnits(32).training().withBatchSize(32);
    Path csv = dir.resolve("diagnostics.csv");
    try (GanTrainer<GanModel> t =
            preset.builder(RING, 4).config(preset.config(4).withGradShards(2)).build();
        DiagnosticsHook hook = new DiagnosticsHook(csv, 10, null)) {
      assertThatThrownBy(() -> t.train(10, hook))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("diagnostics: " + DiagnosticsHook.refusal(t.config()).orElseThrow());
      assertThat(t.step()).isZero();
    }
    assertThat(csv).doesNotExist();
    assertThat(DiagnosticsHook.refusal(preset.config(4))).isEmpty();
    assertThat(DiagnosticsHook.refusal(preset.config(4).withGradShards(2)).orElseThrow())
        .startsWith("not available with grad_shards=2 ");
  }
}
