package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganlab.core.train.Augmentation;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.experiments.CliOutcome;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.losses.HingeLoss;
import org.ganlab.models.SnDcgan;
import org.ganlab.models.SnProjectionGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.stabilizers.DiffAugment;
import org.ganlab.models.stabilizers.ImagePoolHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stabilizer keys reach what they configure: {@code diffaugment} the single-GAN family's
 * augmentation on the image experiments, {@code image_pool} the CycleGAN family's history; both are
 * off by default and leave config.json's components as before; the two stabilized presets'
 * experiments train their recipes.
 */
class StabilizerKeysTest {
  private static final List<String> IMAGE_EXPERIMENTS =
      List.of(
          "dcgan",
          "wgan-gp",
          "sn-dcgan",
          "cgan-concat",
          "cgan-projection",
          "cgan-projection-sn",
          "acgan");

  @TempDir Path tmp;

  private static RunSetup setup(String name, String... assignments) {
    Experiment e = new ExperimentRegistry().create(name);
    return ExperimentRunner.resolve(
        e,
        new RunContext(
            name, 1, Optional.empty(), e.hyperparameters().withAssignments(List.of(assignments))));
  }

  private static SingleGan single(String name, String... assignments) {
    return (SingleGan) setup(name, assignments).family();
  }

  @Test
  void diffaugmentIsOffByDefaultAndSetsThePolicy() {
    for (String name : IMAGE_EXPERIMENTS) {
      Experiment e = new ExperimentRegistry().create(name);
      assertThat(e.hyperparameters().values()).as(name).containsEntry("diffaugment", "none");
      RunSetup s = setup(name);
      assertThat(((SingleGan) s.family()).augmentation().enabled()).as(name).isFalse();
      assertThat(s.components()).as(name).doesNotContainKey("augmentation");
      SingleGan on = single(name, "diffaugment=translation,color");
      assertThat(on.augmentation())
          .as(name)
          .isEqualTo(DiffAugment.standard().withPolicy("color,translation"));
    }
    assertThat(setup("dcgan", "diffaugment=cutout").components())
        .containsEntry("augmentation", DiffAugment.none().withCutout(true).toString());
    // Experiments on 2D points or stacked images have no such key and no augmentation.
    assertThat(new ExperimentRegistry().create("gan-ring8").hyperparameters().values())
        .doesNotContainKey("diffaugment");
    assertThat(single("gan-ring8").augmentation()).isSameAs(Augmentation.NONE);
  }

  @Test
  void anUnknownPolicyIsRefusedBeforeAnyWork() {
    CliOutcome o =
        CliOutcome.run("run", "dcgan", "--set", "diffaugment=flip", "--out", tmp.toString());
    assertThat(o.code()).as(o.err()).isEqualTo(2);
    assertThat(o.err())
        .contains("hyperparameter 'diffaugment': unknown policy 'flip'")
        .contains("color,translation,cutout")
        .doesNotContain("\tat ");
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void imagePoolIsOffByDefaultAndSetsThePoolSize() {
    RunSetup off = setup("cyclegan");
    assertThat(((CycleGanFamily) off.family()).history().enabled()).isFalse();
    assertThat(off.components()).doesNotContainKey("history");
    RunSetup on = setup("cyclegan", "image_pool=50");
    assertThat(((CycleGanFamily) on.family()).history()).isEqualTo(ImagePoolHistory.standard());
    assertThat(on.components()).containsEntry("history", "ImagePoolHistory[capacity=50]");
  }

  @Test
  void theStabilizedPresetsTrainTheirRecipes() {
    TrainingPreset sn = SnDcgan.standard().training();
    SingleGan snDcgan = single("sn-dcgan", "power_iterations=2");
    assertThat(snDcgan.architecture()).isEqualTo(SnDcgan.standard().withPowerIterations(2));
    assertThat(snDcgan.loss()).isEqualTo(sn.loss()).isInstanceOf(HingeLoss.class);
    assertThat(snDcgan.optimizers().discriminator()).isEqualTo(sn.optimizers().discriminator());
    assertThat(setup("sn-dcgan").trainerConfig().batchSize()).isEqualTo(64);

    TrainingPreset projection = SnProjectionGan.standard(10).training();
    RunSetup s = setup("cgan-projection-sn");
    SingleGan f = (SingleGan) s.family();
    assertThat(f.architecture()).isEqualTo(projection.architecture());
    assertThat(f.loss()).isInstanceOf(HingeLoss.class);
    assertThat(f.optimizers().generator()).isEqualTo(projection.optimizers().generator());
    assertThat(s.trainerConfig().nCritic()).isEqualTo(5);
    assertThat(s.numClasses()).isEqualTo(10);
    assertThat(new CganProjectionSnExperiment().hyperparameters().values())
        .containsEntry("steps", 1000L)
        .containsEntry("beta1", 0.0)
        .containsEntry("beta2", 0.9)
        .containsEntry("power_iterations", 1);
  }
}
