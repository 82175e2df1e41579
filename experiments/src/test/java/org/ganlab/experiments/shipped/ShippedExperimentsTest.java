package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.CliOutcome;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.losses.AuxiliaryClassifierLoss;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.losses.HingeLoss;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.losses.R1Penalty;
import org.ganlab.losses.WassersteinLoss;
import org.ganlab.metrics.Auroc;
import org.ganlab.metrics.eval.AnomalyScores;
import org.ganlab.models.Ali;
import org.ganlab.models.AliFamily;
import org.ganlab.models.ConditionalGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped experiment runs from the CLI with tiny networks and a few steps. */
class ShippedExperimentsTest {
  private static final List<String> NAMES =
      List.of(
          "dcgan",
          "wgan-gp",
          "sn-dcgan",
          "cgan-concat",
          "cgan-projection",
          "cgan-projection-sn",
          "acgan",
          "gan-ring8",
          "gan-grid25",
          "wgan-gp-ring8",
          "wgan-gp-grid25",
          "dcgan-stacked",
          "wgan-gp-stacked",
          "cyclegan",
          "cyclegan-edges",
          "cyclegan-colour",
          "ali",
          "pix2pix-edges",
          "text-to-image",
          "srgan-x4",
          "srgan-x2",
          "text");

  @TempDir Path tmp;

  private static CliOutcome cli(String... args) {
    return CliOutcome.run(args);
  }

  private static final List<String> TINY_IMAGES =
      List.of("batch_size=4", "filters=4", "latent_dim=8", "grid_size=4", "eval_samples=50");

  /** The conditional GANs also train the Classification Accuracy Score's classifier: briefly. */
  private static final List<String> TINY_CONDITIONAL = plus(TINY_IMAGES, "cas_steps=3");

  /** pix2pix has no latent code: a narrow net and small batches. */
  static final List<String> TINY_PIX2PIX =
      List.of("batch_size=4", "filters=4", "grid_size=3", "eval_samples=50");

  /** GAN-INT-CLS: narrow networks and caption embeddings. */
  static final List<String> TINY_TEXT_TO_IMAGE =
      List.of(
          "batch_size=4",
          "filters=4",
          "latent_dim=8",
          "embedding_dim=4",
          "caption_dim=8",
          "projection_dim=4",
          // Partial captions too, so their batches go through every test of the family (resume).
          "caption_dropout=0.3",
          "grid_size=4",
          "eval_samples=50");

  /** SRGAN: one narrow residual block, small batches. */
  static final List<String> TINY_SRGAN =
      List.of("batch_size=4", "filters=4", "residual_blocks=1", "grid_size=3", "eval_samples=50");

  private static final List<String> TINY_2D =
      List.of("batch_size=16", "hidden_units=8", "grid_size=300", "eval_samples=300");

  /** eval.csv's header per experiment family. */
  private static String evalHeader(String name) {
    return "step,"
        + switch (name) {
          case "dcgan", "wgan-gp", "sn-dcgan", "ali" -> "fid,kid,precision,recall,class_tv";
          case "cgan-concat", "cgan-projection", "cgan-projection-sn", "acgan" ->
              "conditional_accuracy,fid,intra_fid,cas,class_tv";
          case "gan-ring8", "gan-grid25", "wgan-gp-ring8", "wgan-gp-grid25" ->
              "modes_captured,high_quality";
          case "dcgan-stacked", "wgan-gp-stacked" -> "modes_covered,kl_to_uniform";
          case "cyclegan", "cyclegan-edges", "cyclegan-colour" ->
              "translation_error,label_preservation,cycle_error,translation_error_ba,fid_ba";
          case "pix2pix-edges", "srgan-x4", "srgan-x2" -> "l1,psnr,ssim,fid,label_preservation";
          case "text-to-image" ->
              "class_accuracy,attribute_accuracy,fid,heldout_class_accuracy,"
                  + "heldout_attribute_accuracy,heldout_fid";
          default -> throw new IllegalArgumentException(name);
        };
  }

  static Stream<Arguments> experiments() {
    return Stream.of(
        Arguments.of("wgan-gp", TINY_IMAGES),
        Arguments.of("dcgan", plus(TINY_IMAGES, "diffaugment=color,translation,cutout")),
        Arguments.of("sn-dcgan", TINY_IMAGES),
        // The attention block needs C / 8 >= 1 channels: filters 8.
        Arguments.of(
            "sn-dcgan",
            List.of(
                "batch_size=4",
                "filters=8",
                "latent_dim=8",
                "grid_size=4",
                "eval_samples=50",
                "self_attention=true")),
        Arguments.of("cgan-concat", TINY_CONDITIONAL),
        Arguments.of("cgan-projection", TINY_CONDITIONAL),
        Arguments.of("cgan-projection-sn", plus(TINY_CONDITIONAL, "diffaugment=translation")),
        Arguments.of("acgan", TINY_CONDITIONAL),
        Arguments.of("gan-ring8", TINY_2D),
        Arguments.of("gan-grid25", TINY_2D),
        Arguments.of("wgan-gp-ring8", TINY_2D),
        Arguments.of("wgan-gp-grid25", TINY_2D),
        Arguments.of("gan-grid25", plus(TINY_2D, "r1_gamma=1")),
        Arguments.of("dcgan-stacked", TINY_IMAGES),
        Arguments.of("wgan-gp-stacked", TINY_IMAGES),
        Arguments.of("cyclegan", CycleGanResumeTest.TINY),
        Arguments.of("cyclegan", plus(CycleGanResumeTest.TINY, "image_pool=2")),
        Arguments.of("cyclegan-edges", plus(CycleGanResumeTest.TINY, "batch_size=2")),
        Arguments.of("cyclegan-colour", plus(CycleGanResumeTest.TINY, "batch_size=2")),
        Arguments.of("ali", TINY_IMAGES),
        Arguments.of("pix2pix-edges", TINY_PIX2PIX),
        Arguments.of("pix2pix-edges", plus(TINY_PIX2PIX, "adversarial=false")),
        Arguments.of("pix2pix-edges", plus(TINY_PIX2PIX, "l1_lambda=0")),
        Arguments.of("text-to-image", TINY_TEXT_TO_IMAGE),
        Arguments.of("text-to-image", plus(TINY_TEXT_TO_IMAGE, "interpolation_weight=0")),
        Arguments.of("srgan-x4", TINY_SRGAN),
        Arguments.of("srgan-x2", plus(TINY_SRGAN, "adversarial=false")));
  }

  private static List<String> plus(List<String> settings, String more) {
    List<String> all = new ArrayList<>(settings);
    all.add(more);
    return all;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("experiments")
  void runsFromTheCli(String name, List<String> settings) throws Exception {
    Path dir = tmp.resolve(name);
    List<String> args =
        new ArrayList<>(List.of("run", name, "--steps", "3", "--run-dir", dir.toString()));
    settings.forEach(
        s -> {
          args.add("--set");
          args.add(s);
        });
    CliOutcome o = cli(args.toArray(String[]::new));
    assertThat(o.code()).as(o.err()).isZero();
    List<String> metrics = Files.readAllLines(dir.resolve("metrics.csv"));
    assertThat(metrics).hasSize(4);
    // the scores are named by the loss: probabilities for sigmoid losses, raw critic outputs
    // for Wasserstein, hinge and least squares
    String scores =
        switch (name) {
          case "wgan-gp",
              "sn-dcgan",
              "cgan-projection",
              "cgan-projection-sn",
              "wgan-gp-ring8",
              "wgan-gp-grid25",
              "wgan-gp-stacked",
              "cyclegan",
              "cyclegan-edges",
              "cyclegan-colour" ->
              "critic_real,critic_fake";
          default -> "d_x,d_g_z";
        };
    assertThat(metrics.get(0))
        .startsWith("step,d_loss,g_loss," + scores + ",d_grad_norm,g_grad_norm");
    assertThat(Files.readAllLines(dir.resolve("timing.csv"))).hasSize(4);
    Path png = dir.resolve("samples/step-000003.png");
    assertThat(dir.resolve("samples/step-000000.png")).isNotEmptyFile();
    assertThat(dir.resolve("checkpoints/step-000003/MANIFEST.sha256")).exists();
    assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("finished");
    // Evaluated at step 0 and at the last step, with finite values.
    List<String> eval = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(eval).hasSize(3);
    assertThat(eval.get(0)).isEqualTo(evalHeader(name));
    assertThat(eval.get(1)).startsWith("0,");
    assertThat(eval.get(2)).startsWith("3,");
    for (String row : eval.subList(1, 3)) {
      assertThat(
              java.util.Arrays.stream(row.split(","))
                  .mapToDouble(Double::parseDouble)
                  .allMatch(Double::isFinite))
          .as(row)
          .isTrue();
    }
    int[] size = pngSize(png);
    if (name.contains("grid25") || name.contains("ring8")) {
      assertThat(size).containsExactly(400, 400);
    } else if (name.startsWith("cyclegan")) {
      // grid_size=2 rows of a, G(a), F(G(a)), b, F(b), G(F(b)): 6 cells of 56 + gaps.
      assertThat(size).containsExactly(6 * 57 + 1, 2 * 57 + 1);
    }
    if (name.equals("pix2pix-edges")) {
      // grid_size=3 rows of edges, G(edges), image: 3 cells of 56 + gaps.
      assertThat(size).containsExactly(3 * 57 + 1, 3 * 57 + 1);
      // The L1 term is recorded even at weight 0; the adversarial one only when G has it.
      assertThat(metrics.get(0))
          .endsWith(settings.contains("adversarial=false") ? ",l1" : ",l1,adversarial");
    }
    if (name.equals("text-to-image")) {
      // D's mismatched-caption term always; G's interpolated one only at a positive weight.
      assertThat(metrics.get(0))
          .endsWith(
              settings.contains("interpolation_weight=0")
                  ? ",mismatched"
                  : ",mismatched,interpolated");
    }
    if (name.startsWith("srgan")) {
      // grid_size=3 rows of the input (pixels replicated to 28x28), G(input), original.
      assertThat(size).containsExactly(3 * 57 + 1, 3 * 57 + 1);
      assertThat(metrics.get(0))
          .endsWith(settings.contains("adversarial=false") ? ",mse" : ",mse,adversarial");
    }
    if (name.equals("cyclegan-colour")) {
      assertThat(pngChannels(png)).isEqualTo(3);
    }
    if (name.startsWith("cyclegan")) {
      // The identity term is off by default for these tasks (see CycleGanExperiment).
      assertThat(metrics.get(0))
          .endsWith("discriminator_a,discriminator_b,adversarial_a_to_b,adversarial_b_to_a,cycle");
    }
  }

  @Test
  void imbalancedTrainingDataIsMeasuredInTheClassBalance() throws Exception {
    Path dir = tmp.resolve("bias");
    List<String> args =
        new ArrayList<>(
            List.of("run", "cgan-projection", "--steps", "2", "--run-dir", dir.toString()));
    for (String s :
        plus(plus(TINY_CONDITIONAL, "minority_classes=0,2,4,6,8"), "minority_fraction=0.1")) {
      args.add("--set");
      args.add(s);
    }
    CliOutcome o = cli(args.toArray(String[]::new));
    assertThat(o.code()).as(o.err()).isZero();
    List<String> eval = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(eval.get(0))
        .isEqualTo("step,conditional_accuracy,fid,intra_fid,cas,class_tv,minority_amplification");
    List<String> shares = Files.readAllLines(dir.resolve("class_balance.csv"));
    assertThat(shares).hasSize(3);
    String[] last = shares.get(2).split(",");
    // Columns: step, generated_0..9, data_0..9; the data are 600 of 33,000 images per minority.
    double generated = 0;
    for (int c = 0; c < 10; c += 2) {
      assertThat(Double.parseDouble(last[11 + c])).isEqualTo(600.0 / 33_000);
      generated += Double.parseDouble(last[1 + c]);
    }
    String[] evalRow = eval.get(2).split(",");
    assertThat(Double.parseDouble(evalRow[6]))
        .isCloseTo(generated / (5 * 600.0 / 33_000), within(1e-12));
    // The 50 requested labels follow the data's shares: 1/11 minority, so 5 of them.
    assertThat(o.out()).contains("minority_amplification");
  }

  @Test
  void oneClassAliWritesScoresWhoseAurocIsEvalCsvs() throws Exception {
    Path dir = tmp.resolve("anomaly");
    List<String> args =
        new ArrayList<>(List.of("run", "ali", "--steps", "2", "--run-dir", dir.toString()));
    for (String s : plus(TINY_IMAGES, "normal_class=7")) {
      args.add("--set");
      args.add(s);
    }
    CliOutcome o = cli(args.toArray(String[]::new));
    assertThat(o.code()).as(o.err()).isZero();
    List<String> eval = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(eval.get(0)).isEqualTo("step,auroc");
    assertThat(eval).hasSize(3);
    AnomalyScores scores = AnomalyScores.read(dir.resolve("scores.csv"));
    assertThat(scores.index()).hasSize(10_000);
    // Sneakers (7) are the normal class: 1000 of the 10,000 test images.
    long normal = IntStream.range(0, 10_000).filter(i -> !scores.anomalous()[i]).count();
    assertThat(normal).isEqualTo(1000);
    assertThat(Auroc.of(scores.score(), scores.anomalous()))
        .isCloseTo(Double.parseDouble(eval.get(2).split(",")[1]), within(1e-9));

    // New images scored from the checkpoint: its own samples, written as a PNG folder.
    Path pngs = tmp.resolve("anomaly-pngs");
    assertThat(
            cli("sample", dir.toString(), "--n", "12", "--format", "png-dir", "-o", pngs.toString())
                .code())
        .isZero();
    Path out = tmp.resolve("new-scores.csv");
    CliOutcome scored =
        cli("anomaly", "score", dir.toString(), pngs.toString(), "-o", out.toString());
    assertThat(scored.code()).as(scored.err()).isZero();
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize(13).first().isEqualTo("index,score");
    assertThat(rows.subList(1, 13))
        .allSatisfy(r -> assertThat(Double.parseDouble(r.split(",")[1])).isFinite().isPositive());
  }

  /** Width and height from the PNG's IHDR chunk. */
  static int[] pngSize(Path png) throws Exception {
    byte[] b = Files.readAllBytes(png);
    assertThat(new String(b, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    ByteBuffer bb = ByteBuffer.wrap(b);
    return new int[] {bb.getInt(16), bb.getInt(20)};
  }

  /** The channels of an 8-bit PNG by its IHDR colour type: 0 gray, 2 RGB. */
  static int pngChannels(Path png) throws Exception {
    byte colourType = Files.readAllBytes(png)[25];
    return colourType == 2 ? 3 : colourType == 0 ? 1 : -1;
  }

  @Test
  void listShowsAllInOrder() {
    assertThat(new ExperimentRegistry().shipped().stream().map(Experiment::name))
        .containsExactlyElementsOf(NAMES);
    CliOutcome o = cli("list");
    assertThat(o.code()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines).hasSize(NAMES.size());
    for (int i = 0; i < NAMES.size(); i++) {
      assertThat(lines.get(i)).startsWith(NAMES.get(i) + " ");
    }
  }

  private static Resolved defaults(String name) {
    return setup(name);
  }

  /** The resolved setup of {@code name} with {@code key=value} assignments. */
  private static Resolved setup(String name, String... assignments) {
    Experiment e = new ExperimentRegistry().create(name);
    RunSetup s =
        ExperimentRunner.resolve(
            e,
            new RunContext(
                name,
                1,
                Optional.empty(),
                e.hyperparameters().withAssignments(List.of(assignments))));
    return new Resolved((SingleGan) s.family(), s.trainerConfig());
  }

  /** A single-GAN run's family and trainer config. */
  private record Resolved(SingleGan family, TrainerConfig trainerConfig) {
    GanArchitecture architecture() {
      return family.architecture();
    }

    GanLossFunction loss() {
      return family.loss();
    }

    List<Regularizer> regularizers() {
      return family.regularizers();
    }

    OptimizerPair optimizers() {
      return family.optimizers();
    }
  }

  private static void assertFollows(Resolved s, TrainingPreset p) {
    assertThat(s.architecture()).isEqualTo(p.architecture());
    assertThat(s.loss()).isEqualTo(p.loss());
    assertThat(s.regularizers()).isEqualTo(p.regularizers());
    assertThat(s.optimizers()).isEqualTo(p.optimizers());
    assertThat(s.trainerConfig().nCritic()).isEqualTo(p.nCritic());
    assertThat(s.trainerConfig().batchSize()).isEqualTo(p.batchSize());
  }

  @Test
  void defaultsAreThePresetsRecipes() {
    Resolved wgan = defaults("wgan-gp");
    assertFollows(wgan, WganGp.standard().training());
    assertThat(wgan.optimizers().discriminator()).isEqualTo(new Adam(1e-4, 0, 0.9));
    assertThat(wgan.trainerConfig().nCritic()).isEqualTo(5);
    assertThat(wgan.regularizers()).containsExactly(new GradientPenalty(10));
    assertThat(new WganGpExperiment().hyperparameters().values())
        .containsEntry("n_critic", 5)
        .containsEntry("lr_d", 1e-4)
        .containsEntry("lr_g", 1e-4)
        .containsEntry("beta1", 0.0)
        .containsEntry("beta2", 0.9)
        .containsEntry("gp_lambda", 10.0);

    Resolved concat = defaults("cgan-concat");
    assertFollows(concat, ConditionalGan.concat(10).training());
    assertThat(concat.loss()).isInstanceOf(NonSaturatingLoss.class);
    assertThat(concat.regularizers()).isEmpty();
    assertThat(((ConditionalGan) concat.architecture()).head())
        .isEqualTo(ConditionalGan.Head.CONCAT);

    Resolved projection = defaults("cgan-projection");
    assertFollows(projection, ConditionalGan.projection(10).training());
    assertThat(projection.loss()).isInstanceOf(HingeLoss.class);

    Resolved acgan = defaults("acgan");
    assertFollows(acgan, ConditionalGan.acgan(10).training());
    assertThat(acgan.regularizers()).hasExactlyElementsOfTypes(AuxiliaryClassifierLoss.class);

    assertThat(defaults("gan-ring8").loss()).isInstanceOf(NonSaturatingLoss.class);
    assertThat(defaults("gan-grid25").loss()).isInstanceOf(NonSaturatingLoss.class);
    Resolved wgan25 = defaults("wgan-gp-grid25");
    assertThat(wgan25.loss()).isInstanceOf(WassersteinLoss.class);
    assertThat(wgan25.regularizers()).containsExactly(new GradientPenalty(10));
    assertThat(wgan25.trainerConfig().nCritic()).isEqualTo(5);
    assertThat(defaults("dcgan-stacked").architecture().exampleShape()).containsExactly(28, 28, 3);
  }

  @Test
  void aliTrainsTheAliFamilyWithTheCommonKeys() {
    Experiment e = new ExperimentRegistry().create("ali");
    RunSetup s =
        ExperimentRunner.resolve(
            e,
            new RunContext(
                "ali",
                1,
                Optional.empty(),
                e.hyperparameters()
                    .withAssignments(List.of("gaussian_encoder=true", "lr_g=1e-4"))));
    AliFamily f = (AliFamily) s.family();
    assertThat(f.architecture()).isEqualTo(Ali.standard().withGaussianEncoder(true));
    assertThat(f.optimizers().discriminator()).isEqualTo(new Adam(2e-4, 0.5, 0.999));
    assertThat(f.optimizers().generator()).isEqualTo(new Adam(1e-4, 0.5, 0.999));
    assertThat(s.exampleShape()).containsExactly(28, 28, 1);
    assertThat(s.numClasses()).isZero();
    assertThat(e.hyperparameters().values())
        .containsEntry("steps", 1500L)
        .containsEntry("dropout", 0.2);
    assertThatThrownBy(() -> e.hyperparameters().withAssignments(List.of("ema_decay=0.99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ema_decay");
  }

  @Test
  void wganGpRing8AndStackedFollowTheWganGpRecipe() {
    Resolved ring = defaults("wgan-gp-ring8");
    assertThat(ring.loss()).isInstanceOf(WassersteinLoss.class);
    assertThat(ring.regularizers()).containsExactly(new GradientPenalty(10));
    assertThat(ring.trainerConfig().nCritic()).isEqualTo(5);
    assertThat(ring.trainerConfig().batchSize()).isEqualTo(256);
    assertThat(ring.optimizers().discriminator()).isEqualTo(new Adam(1e-4, 0, 0.9));
    assertThat(ring.architecture()).isEqualTo(defaults("gan-ring8").architecture());
    assertThat(setup("wgan-gp-ring8", "gp_lambda=0.1").regularizers())
        .containsExactly(new GradientPenalty(0.1));

    Resolved stacked = defaults("wgan-gp-stacked");
    assertFollows(stacked, WganGp.standard().withChannels(3).training());
    assertThat(stacked.architecture().exampleShape()).containsExactly(28, 28, 3);
    assertThat(new WganGpStackedExperiment().hyperparameters().values())
        .containsEntry("eval_samples", 10_000)
        .containsEntry("gp_lambda", 10.0);
  }

  @Test
  void r1GammaAddsTheR1PenaltyToTheMixtureExperiments() {
    // Off by default: the recipes' own regularizers only.
    assertThat(defaults("gan-grid25").regularizers()).isEmpty();
    assertThat(new GanRing8Experiment().hyperparameters().values()).containsEntry("r1_gamma", 0.0);
    assertThat(setup("gan-grid25", "r1_gamma=0.5").regularizers())
        .containsExactly(new R1Penalty(0.5));
    assertThat(setup("gan-ring8", "r1_gamma=10").regularizers()).containsExactly(new R1Penalty(10));
    // On top of WGAN-GP's penalty, which gp_lambda still sets.
    assertThat(setup("wgan-gp-grid25", "r1_gamma=1", "gp_lambda=5").regularizers())
        .containsExactly(new GradientPenalty(5), new R1Penalty(1));
    assertThatThrownBy(
            () ->
                new GanGrid25Experiment().hyperparameters().withAssignments(List.of("r1_gamma=-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r1_gamma");
  }
}
