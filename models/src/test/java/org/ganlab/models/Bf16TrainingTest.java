package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.tf.Precision;
import org.ganlab.core.tf.SessionSettings;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bf16 mixed precision: reproducible, close to float32, and checkpoints shared with it. */
class Bf16TrainingTest {
  private static final ImageDataSource DATA =
      new ImageDataSource(FashionMnist.embedded().train().slice(0, 256), new Seeds(3));

  private static GanTrainer<GanModel> trainer(Precision p) {
    return GanTrainer.builder(Dcgan.standard().withFilters(8), new NonSaturatingLoss(), DATA)
        .config(TrainerConfig.of(3).withBatchSize(16).withSession(new SessionSettings(0, 0, p)))
        .build();
  }

  private static List<StepRecord> train(GanTrainer<GanModel> t, long steps) {
    List<StepRecord> records = new ArrayList<>();
    t.train(steps, (tr, r, nanos) -> records.add(r));
    return records;
  }

  @Test
  void bf16RunsAreReproducibleNearFloat32AndShareCheckpoints(@TempDir Path dir) {
    assumeTrue(!Precision.cpuBf16Flags().isEmpty(), "this CPU has no bfloat16 instructions");
    List<StepRecord> a;
    List<StepRecord> b;
    List<StepRecord> fp32;
    try (GanTrainer<GanModel> t = trainer(Precision.BF16)) {
      a = train(t, 4);
      t.save(dir.resolve("bf16"));
    }
    try (GanTrainer<GanModel> t = trainer(Precision.BF16)) {
      b = train(t, 4);
    }
    try (GanTrainer<GanModel> t = trainer(Precision.FP32)) {
      fp32 = train(t, 4);
    }
    assertThat(b).isEqualTo(a);
    // The first step starts from the same weights: only bfloat16 rounding separates the losses.
    double d32 = fp32.get(0).discriminatorLoss();
    assertThat(a.get(0).discriminatorLoss()).isNotEqualTo((float) d32);
    assertThat(Math.abs(a.get(0).discriminatorLoss() - d32) / d32).isLessThan(0.05);
    // Variables are float32 in both: a bf16 checkpoint continues in fp32.
    try (GanTrainer<GanModel> t = trainer(Precision.FP32)) {
      t.restore(dir.resolve("bf16"));
      assertThat(t.step()).isEqualTo(4);
      assertThat(Float.isFinite(train(t, 1).get(0).generatorLoss())).isTrue();
    }
  }
}
