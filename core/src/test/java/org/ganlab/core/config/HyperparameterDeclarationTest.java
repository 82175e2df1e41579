package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.tf.SessionSettings;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;

class HyperparameterDeclarationTest {

  @Test
  void defaultsAreReadFromTheConfiguredObjectAndValuesAreSetOnIt() {
    TrainerConfig recipe = TrainerConfig.of(3).withBatchSize(100).withNCritic(5);
    Hyperparameters hp =
        Hyperparameters.builder().declare(TrainerConfig.HYPERPARAMETERS, recipe).build();
    assertThat(hp.defaults())
        .containsExactly(
            java.util.Map.entry("batch_size", 100),
            java.util.Map.entry("n_critic", 5),
            java.util.Map.entry("ema_decay", 0.0),
            java.util.Map.entry("grad_shards", 1),
            java.util.Map.entry("intra_op_threads", 0),
            java.util.Map.entry("inter_op_threads", 0),
            java.util.Map.entry("precision", "fp32"));
    TrainerConfig run =
        hp.withAssignments(List.of("n_critic=2", "inter_op_threads=4"))
            .apply(TrainerConfig.HYPERPARAMETERS, recipe);
    // The seed is not a key: it stays the base object's.
    assertThat(run).isEqualTo(new TrainerConfig(3, 100, 2, 0, new SessionSettings(0, 4)));
    assertThat(hp.apply(TrainerConfig.HYPERPARAMETERS, recipe)).isEqualTo(recipe);
  }

  @Test
  void optimizerKeysKeepWhatTheyDoNotNameAndRefuseWhatTheyCannotDescribe() {
    OptimizerPair wgan = OptimizerPair.of(new Adam(1e-4, 0, 0.9, 1e-6));
    Hyperparameters hp =
        Hyperparameters.builder().declare(OptimizerPair.HYPERPARAMETERS, wgan).build();
    assertThat(hp.defaults())
        .containsEntry("lr_d", 1e-4)
        .containsEntry("beta1", 0.0)
        .containsEntry("beta2", 0.9);
    OptimizerPair run = hp.with("lr_g", "3e-4").apply(OptimizerPair.HYPERPARAMETERS, wgan);
    assertThat(run.discriminator()).isEqualTo(new Adam(1e-4, 0, 0.9, 1e-6));
    assertThat(run.generator()).isEqualTo(new Adam(3e-4, 0, 0.9, 1e-6));

    OptimizerPair mixed = new OptimizerPair(new Adam(1e-4, 0.5, 0.9), new Adam(1e-4, 0, 0.9));
    assertThatThrownBy(
            () -> Hyperparameters.builder().declare(OptimizerPair.HYPERPARAMETERS, mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the optimizers differ in beta1");
    assertThatThrownBy(
            () ->
                Hyperparameters.builder()
                    .declare(OptimizerPair.HYPERPARAMETERS, OptimizerPair.of(new Sgd(0.1))))
        .hasMessageContaining("the optimizer keys describe Adam");
  }

  @Test
  void aKeyLiftedOntoAHolderChangesTheHeldValue() {
    Hyperparameter<TrainerConfig> intra =
        SessionSettings.HYPERPARAMETERS
            .get(0)
            .on(TrainerConfig::session, TrainerConfig::withSession);
    TrainerConfig c = intra.set(TrainerConfig.of(0), 8);
    assertThat(c.session()).isEqualTo(new SessionSettings(8, 0));
    assertThat(intra.get(c)).isEqualTo(8);
  }

  @Test
  void pinnedKeysAcceptOnlyTheirValueAndSayWhy() {
    Hyperparameters hp =
        Hyperparameters.builder()
            .declare(TrainerConfig.HYPERPARAMETERS, TrainerConfig.of(0))
            .pin("ema_decay", 0.0, "not supported by this family")
            .build();
    assertThatThrownBy(() -> hp.with("ema_decay", "0.99"))
        .hasMessage("hyperparameter 'ema_decay' = 0.99 is out of range [0, 0]");
    assertThat(hp.apply(TrainerConfig.HYPERPARAMETERS, TrainerConfig.of(0)).emaDecay()).isZero();
    assertThat(hp.markdownTable())
        .contains("| `ema_decay` | double | 0.0 | [0, 0] | not supported");
  }

  @Test
  void theTableListsEveryKeyWithTypeDefaultRangeAndDoc() {
    Hyperparameters hp =
        Hyperparameters.builder()
            .intParam("width", 8, 1, 64, "units per layer")
            .booleanParam("flip", true, "mirror the input")
            .build();
    assertThat(hp.markdownTable())
        .isEqualTo(
            "| key | type | default | range | meaning |\n"
                + "|---|---|---|---|---|\n"
                + "| `width` | int | 8 | [1, 64] | units per layer |\n"
                + "| `flip` | boolean | true |  | mirror the input |\n");
    assertThatThrownBy(() -> hp.with("flip", "yes"))
        .hasMessage("hyperparameter 'flip' must be boolean, got 'yes'");
    assertThatThrownBy(() -> hp.with("width", "nan"))
        .hasMessage("hyperparameter 'width' must be int, got 'nan'");
  }
}
