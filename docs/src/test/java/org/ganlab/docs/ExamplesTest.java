package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.docs.examples.AnomalyDetection;
import org.ganlab.docs.examples.BiasedOutputs;
import org.ganlab.docs.examples.ComputeFid;
import org.ganlab.docs.examples.CustomExperiment;
import org.ganlab.docs.examples.DataParallelTraining;
import org.ganlab.docs.examples.EdgesToGarments;
import org.ganlab.docs.examples.FewLabelAugmentation;
import org.ganlab.docs.examples.HingeRingExperiment;
import org.ganlab.docs.examples.PlainJavaTraining;
import org.ganlab.docs.examples.PointAli;
import org.ganlab.docs.examples.PointAliExperiment;
import org.ganlab.docs.examples.QuickStart;
import org.ganlab.docs.examples.ReadRunDirectory;
import org.ganlab.docs.examples.ScoreGenerator;
import org.ganlab.docs.examples.SuperResolution;
import org.ganlab.docs.examples.TextToImageTraining;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.ganlab.experiments.RunResult;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.eval.AnomalyScores;
import org.ganlab.models.Dcgan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example of the guide for a few steps and checks what it computes. */
class ExamplesTest {
  @TempDir Path tmp;

  @Test
  void plainJavaTrainingTrainsAndCountsModes() {
    PlainJavaTraining.Outcome o = PlainJavaTraining.train(STEPS_2D, 0);
    StepRecord last = o.last();
    assertThat(last.step()).isEqualTo(STEPS_2D);
    assertThat(last.firstNonFinite()).isNull();
    assertThat(last.dReal()).isStrictlyBetween(0f, 1f);
    assertThat(last.dFake()).isStrictlyBetween(0f, 1f);
    assertThat(o.coverage().modes()).isEqualTo(8);
    assertThat(o.coverage().samplesPerMode()).hasSize(8);
    // A mode counts as captured with at least one high-quality sample (the default threshold).
    assertThat(o.coverage().modesCaptured())
        .isEqualTo((int) IntStream.of(o.coverage().samplesPerMode()).filter(c -> c >= 1).count());
    // The share of high-quality points is the per-mode counts over all points drawn.
    assertThat(IntStream.of(o.coverage().samplesPerMode()).sum())
        .isEqualTo(
            (int) Math.round(o.coverage().highQualityFraction() * PlainJavaTraining.EVAL_POINTS));
  }

  @Test
  void dataParallelTrainingWithTwoShardsFollowsTheWholeBatch() {
    List<StepRecord> whole = DataParallelTraining.train(20, 1);
    List<StepRecord> sharded = DataParallelTraining.train(20, 2);
    assertThat(sharded).hasSize(20);
    for (int i = 0; i < 20; i++) {
      float d = whole.get(i).discriminatorLoss();
      float g = whole.get(i).generatorLoss();
      assertThat(sharded.get(i).discriminatorLoss()).isCloseTo(d, within(1e-4f * Math.abs(d)));
      assertThat(sharded.get(i).generatorLoss()).isCloseTo(g, within(1e-4f * Math.abs(g)));
    }
  }

  @Test
  void edgesToGarmentsBeatsTheEdgeMapItself() {
    EdgesToGarments.Outcome o = EdgesToGarments.train(200, 8, 300, 0);
    System.out.println("pix2pix " + o.trained() + "\nedge map " + o.edgeMap());
    assertThat(o.trained().keySet())
        .containsExactly("l1", "psnr", "ssim", "fid", "label_preservation");
    // After 200 steps of a narrow net, G's outputs are nearer the true images than the edge map.
    assertThat(o.trained().get("l1").doubleValue()).isLessThan(o.edgeMap().get("l1").doubleValue());
    assertThat(o.trained().get("psnr").doubleValue())
        .isGreaterThan(o.edgeMap().get("psnr").doubleValue());
    assertThat(o.trained().get("ssim").doubleValue())
        .isGreaterThan(o.edgeMap().get("ssim").doubleValue());
  }

  @Test
  void superResolutionRaisesPsnrToBicubicsLevel() {
    SuperResolution.Outcome o = SuperResolution.train(100, 2, 8, false, 200, 0);
    System.out.println("SRResNet x4 " + o.trained() + "\nbicubic " + o.bicubic());
    assertThat(o.trained().keySet())
        .containsExactly("l1", "psnr", "ssim", "fid", "label_preservation");
    // An untrained G's PSNR is about 8 dB and bicubic's about 16 dB; 100 steps of a small MSE
    // network come within a decibel of bicubic's.
    assertThat(o.trained().get("psnr").doubleValue())
        .isGreaterThan(o.bicubic().get("psnr").doubleValue() - 1);
    assertThat(o.bicubic().get("psnr").doubleValue()).isBetween(14.0, 18.0);
  }

  @Test
  void quickStartOfTheReadmeDrawsImagesInTheGeneratorsRange() {
    float[] images = QuickStart.train(3);
    assertThat(images).hasSize(64 * 28 * 28);
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float v : images) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isGreaterThanOrEqualTo(-1f).isLessThan(max);
    assertThat(max).isLessThanOrEqualTo(1f);
    // the same seed draws the same images
    assertThat(QuickStart.train(3)).isEqualTo(images);
  }

  @Test
  void computeFidRanksGeneratedImagesAboveTheRealFloor() {
    ComputeFid.Outcome o = ComputeFid.run(20, 300, 0);
    assertThat(o.realFid()).isPositive().isLessThan(10);
    assertThat(o.fid()).isGreaterThan(o.realFid() * 5);
    assertThat(o.kid()).isPositive();
  }

  @Test
  void scoreGeneratorGivesTheSameValuesForTrainedAndRestoredWeights() {
    Map<String, Number> trained = ScoreGenerator.run(20, 300, null, 0);
    assertThat(trained.keySet()).startsWith("fid", "kid", "precision", "recall", "class_tv");
    assertThat(trained.get("fid").doubleValue()).isGreaterThan(10).isFinite();
    assertThat(trained.get("kid").doubleValue()).isPositive();
    assertThat(trained.get("precision").doubleValue()).isBetween(0.0, 1.0);
    assertThat(trained.get("recall").doubleValue()).isBetween(0.0, 1.0);

    // The same 20 steps, saved as a checkpoint and scored by restoring it.
    Path checkpoint = tmp.resolve("dcgan-step-20");
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(
                Dcgan.standard().withFilters(16),
                new NonSaturatingLoss(),
                FashionMnist.embedded().trainSource(new Seeds(0)))
            .config(TrainerConfig.of(0))
            .build()) {
      trainer.train(20);
      trainer.save(checkpoint);
    }
    assertThat(ScoreGenerator.run(0, 300, checkpoint, 0)).isEqualTo(trained);
  }

  @Test
  void customExperimentRunsAndItsRunDirectoryReadsBack() throws Exception {
    ReadRunDirectory.Summary s = ReadRunDirectory.runAndRead(STEPS_RUN, tmp);
    assertThat(s.status()).isEqualTo("finished");
    assertThat(s.experiment()).isEqualTo("hinge-ring8");
    assertThat(s.trainedSteps()).isEqualTo(STEPS_RUN);
    assertThat(s.evalSteps()).containsExactly(0L, STEPS_RUN);
    assertThat(s.lastEval()).containsOnlyKeys("modes_captured", "high_quality");
    assertThat(s.lastEval().get("modes_captured")).isBetween(0.0, 8.0);
    assertThat(s.bestMetric()).isEqualTo("modes_captured");
    assertThat(s.bestValue()).isGreaterThanOrEqualTo(s.lastEval().get("modes_captured"));
    assertThat(s.bestDamage()).isEmpty();
  }

  @Test
  void customExperimentRunsThroughTheCommandLineEntryPoint() throws Exception {
    Path dir = tmp.resolve("cli-run");
    assertThat(CustomExperiment.runFromCommandLine(5, dir)).isZero();
    assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("finished");
    List<String> metrics = Files.readAllLines(dir.resolve("metrics.csv"));
    assertThat(metrics).hasSize(6);
    // the hinge loss is a critic: its scores are raw outputs, not probabilities
    assertThat(metrics.get(0)).startsWith("step,d_loss,g_loss,critic_real,critic_fake");
    assertThat(Files.readString(dir.resolve("config.json")))
        .contains("\"experimentClass\" : \"org.ganlab.docs.examples.HingeRingExperiment\"")
        .contains("\"hidden_units\" : 128");
  }

  @Test
  void resumeAfterLosingTheNewestCheckpointEndsWithTheSameFiles() throws Exception {
    Path dir = tmp.resolve("resumed");
    new ExperimentRunner(new ExperimentRegistry(), System.out, false)
        .run(
            new RunRequest(
                HingeRingExperiment.class.getName(),
                1,
                Optional.of(30L),
                List.of("hidden_units=32", "checkpoint_every=10", "eval_every=10"),
                tmp,
                Optional.of(dir),
                Optional.empty()));
    byte[] metrics = Files.readAllBytes(dir.resolve("metrics.csv"));
    byte[] eval = Files.readAllBytes(dir.resolve("eval.csv"));
    // As if killed after step 30's rows were written but before its checkpoint was complete.
    MoreFiles.deleteRecursively(
        dir.resolve("checkpoints/step-000030"), RecursiveDeleteOption.ALLOW_INSECURE);
    Files.writeString(dir.resolve("status.txt"), "running\n");

    RunResult r = CustomExperiment.resume(dir);

    assertThat(r.steps()).isEqualTo(30);
    assertThat(Files.readString(dir.resolve("run.log")))
        .contains("resumed from " + dir.resolve("checkpoints/step-000020") + " at step 20");
    assertThat(Files.readAllBytes(dir.resolve("metrics.csv"))).isEqualTo(metrics);
    assertThat(Files.readAllBytes(dir.resolve("eval.csv"))).isEqualTo(eval);
    assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("finished");
    assertThat(dir.resolve("checkpoints/step-000030/MANIFEST.sha256")).isRegularFile();
  }

  @Test
  void pointAliTrainsAFamilyOfItsOwnAndItsEncoderFindsTheModes() {
    PointAli.Outcome o = PointAli.train(STEPS_ALI, 0);
    System.out.println(
        "PointAli: same mode "
            + o.sameMode()
            + ", last "
            + o.records().get(o.records().size() - 1));
    assertThat(o.records())
        .hasSize((int) STEPS_ALI)
        .allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    StepRecord last = o.records().get(o.records().size() - 1);
    assertThat(last.dReal()).isStrictlyBetween(0f, 1f);
    assertThat(last.dFake()).isStrictlyBetween(0f, 1f);
    assertThat(o.samples()).hasSize(500 * 2);
    // Chance is 1/8.
    assertThat(o.sameMode()).isGreaterThan(0.5);
    // The same seed repeats exactly.
    assertThat(PointAli.train(5, 0).records()).isEqualTo(o.records().subList(0, 5));
  }

  @Test
  void pointAliRunsAsAnExperimentAndIsEvaluatedByTheMixtureEvaluator() throws Exception {
    Path dir = tmp.resolve("point-ali");
    new ExperimentRunner(new ExperimentRegistry(), System.out, false)
        .run(
            new RunRequest(
                PointAliExperiment.class.getName(),
                1,
                Optional.of(20L),
                List.of("eval_every=10", "eval_samples=500", "grid_size=300"),
                tmp,
                Optional.of(dir),
                Optional.empty()));
    assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("finished");
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(21);
    List<String> eval = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(eval).containsSubsequence("step,modes_captured,high_quality").hasSize(4);
    assertThat(eval.get(3)).startsWith("20,");
    assertThat(dir.resolve("samples/step-000020.png")).isNotEmptyFile();
  }

  private static final long STEPS_ALI = 1500;

  private static final long STEPS_TEXT_TO_IMAGE = 150;

  @Test
  void textToImageTrainingDrawsGarmentsNearTheTestImagesOfTheirCaptions() {
    TextToImageTraining.Outcome o = TextToImageTraining.train(STEPS_TEXT_TO_IMAGE, 0);
    System.out.println("text-to-image untrained " + o.untrained() + "\ntrained " + o.trained());
    List<StepRecord> records = o.records();
    assertThat(records).hasSize((int) STEPS_TEXT_TO_IMAGE);
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    assertThat(o.trained().keySet())
        .containsExactly(
            "class_accuracy",
            "attribute_accuracy",
            "fid",
            "heldout_class_accuracy",
            "heldout_attribute_accuracy",
            "heldout_fid");
    // The images approach the test images of their captions: FID at most half the untrained one's.
    assertThat(o.trained().get("fid").doubleValue())
        .isLessThan(0.5 * o.untrained().get("fid").doubleValue());
    assertThat(o.trained().get("heldout_fid").doubleValue())
        .isLessThan(0.5 * o.untrained().get("heldout_fid").doubleValue());
    // Following the caption takes more steps than this test trains: the class accuracy (chance
    // 0.10) is only checked to be a share; TextToImageTraining.main trains longer.
    assertThat(o.trained().get("class_accuracy").doubleValue()).isBetween(0.0, 1.0);
    assertThat(o.pictures()).hasSize(8 * 28 * 28);
    for (float v : o.pictures()) {
      assertThat(v).isBetween(-1f, 1f);
    }
  }

  @Test
  void biasedOutputsMeasuresTheMinorityShareOfSamplesAndRealImages() {
    BiasedOutputs.Outcome o = BiasedOutputs.run(20, 300, 0);
    // Five classes of 600 images and five of 6000: 1/66 and 2/11 each.
    assertThat(o.dataShares()[0]).isEqualTo(600.0 / 33_000);
    assertThat(o.dataShares()[1]).isEqualTo(6000.0 / 33_000);
    for (Map<String, Number> m : List.of(o.generated(), o.realImages())) {
      double minority = 0;
      double all = 0;
      for (int c = 0; c < 10; c++) {
        all += m.get("generated_" + c).doubleValue();
        if (c % 2 == 0) {
          minority += m.get("generated_" + c).doubleValue();
        }
      }
      assertThat(all).isCloseTo(1, within(1e-12));
      assertThat(m.get("minority_amplification").doubleValue())
          .isCloseTo(minority / (5 * 600.0 / 33_000), within(1e-12));
    }
    // Real images keep their balance up to the classifier's confusions.
    assertThat(o.realImages().get("class_tv").doubleValue()).isLessThan(0.15);
  }

  @Test
  void anomalyDetectionScoresEveryTestImageWithBothDetectors() {
    AnomalyDetection.Outcome o = AnomalyDetection.run(1, 10, 500, 0);
    int[] testLabels = Arrays.copyOf(FashionMnist.embedded().test().labels(), 500);
    for (AnomalyScores s : List.of(o.bigan(), o.nearestNeighbour())) {
      assertThat(s.index()).containsExactly(IntStream.range(0, 500).toArray());
      assertThat(s.label()).containsExactly(testLabels);
      // Trousers (class 1) are the normal class; every other test image is an anomaly.
      for (int i = 0; i < 500; i++) {
        assertThat(s.anomalous()[i]).isEqualTo(testLabels[i] != 1);
      }
      assertThat(Arrays.stream(s.score()).allMatch(Double::isFinite)).isTrue();
    }
    // Trousers are far from other garments in pixel space: the baseline separates them well.
    assertThat(o.nearestNeighbour().auroc()).isGreaterThan(0.85);
  }

  @Test
  void fewLabelAugmentationTrainsFourClassifiersThatAllLearn() {
    FewLabelAugmentation.Outcome o = FewLabelAugmentation.run(10, 5, 40, 500, 0);
    // 40 steps on 100 real images already beat chance (0.1) by far; 5 GAN steps give noise, so
    // the classifier trained on those alone stays near chance.
    assertThat(o.real()).isGreaterThan(0.4);
    assertThat(o.shifted()).isGreaterThan(0.3);
    assertThat(o.mixed()).isGreaterThan(0.3);
    assertThat(o.cas()).isLessThan(0.3);
  }

  private static final long STEPS_2D = 300;
  private static final long STEPS_RUN = 60;
}
