package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.core.train.cycle.Translator;
import org.junit.jupiter.api.Test;

/** CycleGAN between domains of different channels: grayscale A, colour B. */
class CycleGanChannelsTest {
  private static final int F = 4;
  private static final int DF = 4;

  private static CycleGanPreset preset(int channelsB) {
    return CycleGan.standard()
        .withChannelsB(channelsB)
        .withGeneratorFilters(F)
        .withDiscriminatorFilters(DF)
        .withResidualBlocks(1)
        .training()
        .withLoss(CycleGanLoss.standard().withIdentityWeight(0))
        .withBatchSize(2);
  }

  @Test
  void grayToColourTrainsAStepAndTranslatesBothWays() {
    UnpairedTranslation data =
        new UnpairedTranslation(TestData.FASHION.test(), new Seeds(5), new ColourMap());
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<CycleGanModel> t = preset(3).trainer(data, 5)) {
      t.train(1, (tr, r, nanos) -> records.add(r));
      CycleGanModel m = t.model();
      assertThat(m.realA().shape().asArray()).containsExactly(2, 28, 28, 1);
      assertThat(m.realB().shape().asArray()).containsExactly(2, 28, 28, 3);
      assertThat(m.identityA()).isNull();
      assertThat(m.identityB()).isNull();
      // Only the first convolution (in channels) and the output convolution (out channels and
      // their biases) depend on the channels: 7x7 kernels of width F.
      long g = m.aToB().generator().network().parameterCount();
      long f = m.bToA().generator().network().parameterCount();
      assertThat(g - f).isEqualTo(3 - 1);
      long dA = m.bToA().discriminator().network().parameterCount();
      long dB = m.aToB().discriminator().network().parameterCount();
      // The first 4x4 convolution of width DF reads 3 channels instead of 1.
      assertThat(dB - dA).isEqualTo(4 * 4 * (3 - 1) * DF);
      try (GanTrainer<CycleGanModel> gray = preset(1).trainer(data(), 5)) {
        long g1 = gray.model().aToB().generator().network().parameterCount();
        assertThat(g - g1).isEqualTo(7 * 7 * F * (3 - 1) + (3 - 1));
        assertThat(f - g1).isEqualTo(7 * 7 * (3 - 1) * F);
      }
      UnpairedBatch batch = data.batch(100, 3);
      Translator tr = new Translator(t);
      assertThat(tr.translateAToB(batch.a().values(), 3)).hasSize(3 * 28 * 28 * 3);
      assertThat(tr.translateBToA(batch.b().values(), 3)).hasSize(3 * 28 * 28);
      // Picture: 2 rows of 6 cells of 56 + gaps, in colour.
      var picture = tr.picture(data, 2);
      assertThat(picture.channels()).isEqualTo(3);
      assertThat(picture.width()).isEqualTo(6 * 57 + 1);
      assertThat(picture.height()).isEqualTo(2 * 57 + 1);
    }
    assertThat(records).hasSize(1);
    assertThat(records.get(0).firstNonFinite()).isNull();
    assertThat(records.get(0).terms()).containsKey("cycle").doesNotContainKey("identity");
  }

  private static UnpairedTranslation data() {
    return new UnpairedTranslation(TestData.FASHION.test(), new Seeds(5));
  }

  @Test
  void theIdentityLossNeedsDomainsOfOneShape() {
    UnpairedTranslation data =
        new UnpairedTranslation(TestData.FASHION.test(), new Seeds(5), new ColourMap());
    assertThatThrownBy(() -> preset(3).withLoss(CycleGanLoss.standard()).trainer(data, 5).close())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identity_weight");
  }

  @Test
  void channelsOfDomainBAreRecordedOnlyWhereTheyDiffer() {
    assertThat(CycleGan.standard().hyperparameters()).doesNotContainKey("channelsB");
    assertThat(CycleGan.standard().withChannelsB(3).hyperparameters())
        .containsEntry("channels", 1)
        .containsEntry("channelsB", 3);
    assertThat(CycleGan.standard().withChannelsB(3).exampleShapeB()).containsExactly(28, 28, 3);
    assertThat(CycleGan.standard().withChannels(3).exampleShapeB()).containsExactly(28, 28, 3);
  }
}
