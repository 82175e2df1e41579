package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Augmentation;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.models.stabilizers.DiffAugment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DiffAugment in the single-GAN trainer, on narrow DCGAN and SN-DCGAN networks on Fashion-MNIST:
 * the "none" policy builds the graph and records of a run without augmentation; a policy changes
 * both networks' losses from the first step, and a resumed run repeats an uninterrupted one bit for
 * bit (the augmentation is drawn from the run's streams, u from the checkpoint).
 */
class DiffAugmentTrainingTest {
  private static final long SEED = 17;

  private static GanTrainer<GanModel> dcgan(Augmentation a) {
    return Dcgan.standard()
        .withFilters(8)
        .withLatentDim(16)
        .training()
        .withBatchSize(16)
        .builder(TestData.FASHION.trainSource(new Seeds(SEED)), SEED)
        .augmentation(a)
        .build();
  }

  private static List<StepRecord> train(GanTrainer<GanModel> t, int steps) {
    List<StepRecord> out = new ArrayList<>();
    t.train(steps, (tr, r, nanos) -> out.add(r));
    return out;
  }

  @Test
  void noneIsTheRunWithoutAugmentationAndAPolicyMovesBothLosses() {
    List<StepRecord> plain;
    org.tensorflow.proto.GraphDef plainGraph;
    try (GanTrainer<GanModel> t = dcgan(Augmentation.NONE)) {
      plainGraph = t.graph().toGraphDef();
      plain = train(t, 3);
    }
    try (GanTrainer<GanModel> t = dcgan(DiffAugment.standard().withPolicy("none"))) {
      assertThat(t.graph().toGraphDef().equals(plainGraph)).isTrue();
      assertThat(train(t, 3)).containsExactlyElementsOf(plain);
    }
    for (String policy : List.of("translation", "color,translation,cutout")) {
      try (GanTrainer<GanModel> t = dcgan(DiffAugment.standard().withPolicy(policy))) {
        assertThat(t.model().streams().all())
            .containsKeys(GanModel.AUGMENT_REAL_STREAM, GanModel.AUGMENT_GENERATED_STREAM);
        List<StepRecord> augmented = train(t, 3);
        for (int i = 0; i < 3; i++) {
          StepRecord a = augmented.get(i);
          assertThat(a.firstNonFinite()).isNull();
          assertThat(a.discriminatorLoss())
              .as(policy)
              .isNotEqualTo(plain.get(i).discriminatorLoss());
          // G is scored on augmented fakes, so its loss and gradient change as well.
          assertThat(a.generatorLoss()).as(policy).isNotEqualTo(plain.get(i).generatorLoss());
          assertThat(a.generatorGradientNorm())
              .as(policy)
              .isNotEqualTo(plain.get(i).generatorGradientNorm());
        }
      }
    }
  }

  @Test
  void resumeWithDiffAugmentAndSpectralNormRepeatsTheUninterruptedRun(@TempDir Path dir) {
    Path ckpt = dir.resolve("step-000003");
    List<StepRecord> a;
    float[] uAfter;
    try (GanTrainer<GanModel> t = snDcgan()) {
      train(t, 3);
      t.save(ckpt);
      a = train(t, 3);
      uAfter = SessionValues.floats(t.session(), "discriminator/conv2/u");
    }
    try (GanTrainer<GanModel> t = snDcgan()) {
      t.restore(ckpt);
      List<StepRecord> b = train(t, 3);
      assertThat(b.get(0).step()).isEqualTo(4);
      assertThat(b).containsExactlyElementsOf(a);
      assertThat(SessionValues.floats(t.session(), "discriminator/conv2/u"))
          .containsExactly(uAfter);
    }
  }

  private static GanTrainer<GanModel> snDcgan() {
    return SnDcgan.standard()
        .withFilters(8)
        .withLatentDim(16)
        .training()
        .withBatchSize(16)
        .builder(TestData.FASHION.trainSource(new Seeds(SEED)), SEED)
        .augmentation(DiffAugment.standard())
        .build();
  }
}
