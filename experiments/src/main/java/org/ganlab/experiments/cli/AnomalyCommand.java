package org.ganlab.experiments.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.AnomalyScorer;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.RestoredRun;
import org.ganlab.metrics.eval.AnomalyEvaluator;
import org.ganlab.metrics.eval.AnomalyScores;
import org.ganlab.metrics.eval.MetricInputKind;
import org.ganlab.metrics.eval.MetricInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab anomaly score RUN_DIR IMAGES -o scores.csv}: a one-class detector's scores. */
@Command(
    name = "anomaly",
    mixinStandardHelpOptions = true,
    description = "Use a trained one-class anomaly detector (e.g. ali --set normal_class=C).",
    subcommands = {AnomalyCommand.Score.class})
final class AnomalyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description =
          "Score images with a run's checkpoint; higher = more anomalous. Labelled images (a"
              + " folder with one subfolder per class) also get the anomalous column (label other"
              + " than the run's normal_class) and their AUROC is printed.")
  static final class Score implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR")
    Path runDir;

    @Parameters(index = "1", paramLabel = "IMAGES", description = MetricInputKind.ACCEPTED)
    Path images;

    @Option(
        names = {"-o", "--output"},
        required = true,
        description = "CSV to write: index,score (index,label,anomalous,score when labelled)")
    Path output;

    @Option(names = "--checkpoint", description = "checkpoint step (default: newest intact)")
    Long step;

    @Override
    public Integer call() {
      ImageDataset x = MetricInputs.images(images);
      try (RestoredRun run =
          RestoredRun.open(
              runDir, Optional.ofNullable(step), new ExperimentRegistry(), System.out)) {
        AnomalyScorer scorer = run.open().requireAnomalyScorer();
        int normal = run.run().context().hyperparameters().getInt("normal_class");
        byte[] csv;
        if (x.hasLabels()) {
          // The evaluator's own scoring: the same flags and file as a run's scores.csv.
          AnomalyScores s = new AnomalyEvaluator(() -> x, normal).scores(scorer);
          csv = s.csv();
          System.out.println("auroc " + s.auroc() + " (normal class " + normal + ")");
        } else {
          double[] scores = AnomalyEvaluator.scoreAll(scorer, x);
          StringBuilder b = new StringBuilder("index,score\n");
          for (int i = 0; i < scores.length; i++) {
            b.append(i).append(',').append(scores[i]).append('\n');
          }
          csv = b.toString().getBytes(StandardCharsets.UTF_8);
        }
        AtomicFiles.write(output, csv);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
      }
      System.out.println("wrote " + output.toAbsolutePath());
      return 0;
    }
  }
}
