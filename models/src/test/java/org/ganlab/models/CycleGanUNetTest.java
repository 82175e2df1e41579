package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.junit.jupiter.api.Test;

/** CycleGAN with pix2pix's U-Net as its generators ({@code generator=unet}). */
class CycleGanUNetTest {
  private static final int F = 4;

  private static CycleGanPreset preset() {
    return CycleGan.standard()
        .withGenerator(GeneratorTopology.UNET)
        .withChannelsB(3)
        .withGeneratorFilters(F)
        .withDiscriminatorFilters(4)
        .training()
        .withLoss(CycleGanLoss.standard().withIdentityWeight(0))
        .withBatchSize(2);
  }

  /**
   * The U-Net's scalars with 4x4 kernels: down1 (in to f, bias), down2 (f to 2f) and the bottleneck
   * (2f to 2f) with instance norm's gamma and beta, up1 reading the bottleneck and down2
   * concatenated (4f to f, instance norm), up2 reading up1 and down1 concatenated (2f to out,
   * bias).
   */
  private static long unetParameters(long in, long out) {
    long k = 4 * 4;
    long down1 = k * in * F + F;
    long down2 = k * F * 2 * F + 2 * 2 * F;
    long bottleneck = k * 2 * F * 2 * F + 2 * 2 * F;
    long up1 = k * 4 * F * F + 2 * F;
    long up2 = k * 2 * F * out + out;
    return down1 + down2 + bottleneck + up1 + up2;
  }

  @Test
  void grayToColourUNetsHaveSkipConnectionsAndTrainAStep() {
    UnpairedTranslation data =
        new UnpairedTranslation(TestData.FASHION.test(), new Seeds(5), new ColourMap());
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<CycleGanModel> t = preset().trainer(data, 5)) {
      t.train(1, (tr, r, nanos) -> records.add(r));
      CycleGanModel m = t.model();
      assertThat(m.aToB().generator().network().parameterCount()).isEqualTo(unetParameters(1, 3));
      assertThat(m.bToA().generator().network().parameterCount()).isEqualTo(unetParameters(3, 1));
      UnpairedBatch batch = data.batch(100, 3);
      Translator tr = new Translator(t);
      float[] colour = tr.translateAToB(batch.a().values(), 3);
      assertThat(colour).hasSize(3 * 28 * 28 * 3);
      for (float v : colour) {
        assertThat(v).isBetween(-1f, 1f);
      }
      assertThat(tr.translateBToA(batch.b().values(), 3)).hasSize(3 * 28 * 28);
    }
    assertThat(records).hasSize(1);
    assertThat(records.get(0).firstNonFinite()).isNull();
  }

  @Test
  void theGeneratorIsAKeyRecordedOnlyForTheUNet() {
    Hyperparameters keys =
        Hyperparameters.builder().declare(CycleGan.HYPERPARAMETERS, CycleGan.standard()).build();
    assertThat(keys.values()).containsEntry("generator", "resnet");
    CycleGan unet =
        keys.with("generator", "unet").apply(CycleGan.HYPERPARAMETERS, CycleGan.standard());
    assertThat(unet.generator()).isEqualTo(GeneratorTopology.UNET);
    assertThat(unet.hyperparameters()).containsEntry("generator", "unet");
    assertThat(CycleGan.standard().hyperparameters()).doesNotContainKey("generator");
    assertThatThrownBy(
            () ->
                keys.with("generator", "vit").apply(CycleGan.HYPERPARAMETERS, CycleGan.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("generator must be resnet or unet, got 'vit'");
  }

  @Test
  void theUNetHasNoCoordinateOrWidthMixingLayers() {
    CycleGan unet = CycleGan.standard().withGenerator(GeneratorTopology.UNET);
    assertThatThrownBy(() -> unet.withCoordinates(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coordinates and width_mixing");
    assertThatThrownBy(() -> unet.withWidthMixing(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("generator=unet has neither");
  }
}
