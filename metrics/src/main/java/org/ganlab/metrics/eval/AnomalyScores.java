package org.ganlab.metrics.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.metrics.Auroc;

/**
 * The anomaly scores of a set of examples with their ground truth, as {@code scores.csv} holds
 * them: {@code index,label,anomalous,score}, one row per example, {@code anomalous} 1 or 0, scores
 * written with {@link Double#toString} (the shortest text that reads back to the same double), so
 * anyone can recompute the AUROC from the file.
 *
 * @param index each example's index in its dataset
 * @param label each example's class label
 * @param anomalous whether each example counts as anomalous
 * @param score each example's score, higher = more anomalous
 */
public record AnomalyScores(int[] index, int[] label, boolean[] anomalous, double[] score) {
  /** The CSV header. */
  public static final String HEADER = "index,label,anomalous,score";

  /**
   * Checks that the columns have one length and copies them.
   *
   * @param index each example's index in its dataset
   * @param label each example's class label
   * @param anomalous whether each example counts as anomalous
   * @param score each example's score, higher = more anomalous
   */
  public AnomalyScores {
    int n = index.length;
    if (label.length != n || anomalous.length != n || score.length != n) {
      throw new IllegalArgumentException(
          "columns of different lengths: "
              + n
              + " indices, "
              + label.length
              + " labels, "
              + anomalous.length
              + " flags, "
              + score.length
              + " scores");
    }
    index = index.clone();
    label = label.clone();
    anomalous = anomalous.clone();
    score = score.clone();
  }

  /** {@return a copy of each example's index in its dataset} */
  @Override
  public int[] index() {
    return index.clone();
  }

  /** {@return a copy of each example's class label} */
  @Override
  public int[] label() {
    return label.clone();
  }

  /** {@return a copy of whether each example counts as anomalous} */
  @Override
  public boolean[] anomalous() {
    return anomalous.clone();
  }

  /** {@return a copy of each example's score} */
  @Override
  public double[] score() {
    return score.clone();
  }

  /**
   * The area under the ROC curve of the scores ({@link Auroc}).
   *
   * @return the AUROC, ties counting one half
   */
  public double auroc() {
    return Auroc.of(score, anomalous);
  }

  /**
   * The scores as {@code scores.csv} text.
   *
   * @return UTF-8 bytes: the header, then one row per example
   */
  public byte[] csv() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < index.length; i++) {
      b.append(index[i])
          .append(',')
          .append(label[i])
          .append(',')
          .append(anomalous[i] ? 1 : 0)
          .append(',')
          .append(score[i])
          .append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a {@code scores.csv}.
   *
   * @param file the file
   * @return its rows
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static AnomalyScores read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(file + ": expected the header '" + HEADER + "'");
    }
    int n = lines.size() - 1;
    int[] index = new int[n];
    int[] label = new int[n];
    boolean[] anomalous = new boolean[n];
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      String[] c = lines.get(i + 1).split(",");
      try {
        if (c.length != 4 || !(c[2].equals("0") || c[2].equals("1"))) {
          throw new NumberFormatException("expected 4 cells with anomalous 0 or 1");
        }
        index[i] = Integer.parseInt(c[0]);
        label[i] = Integer.parseInt(c[1]);
        anomalous[i] = c[2].equals("1");
        score[i] = Double.parseDouble(c[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + " line " + (i + 2) + ": '" + lines.get(i + 1) + "': " + e.getMessage(), e);
      }
    }
    return new AnomalyScores(index, label, anomalous, score);
  }
}
