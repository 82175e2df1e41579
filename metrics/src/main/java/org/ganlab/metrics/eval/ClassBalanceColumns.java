package org.ganlab.metrics.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.metrics.ClassBalance;

/**
 * The class-balance columns the Fashion-MNIST pipelines add ({@link ClassBalance} of the
 * classifier's predicted classes against the training data's class shares): {@code class_tv} in the
 * metrics, {@code minority_amplification} too when the data has minority classes, and the per-class
 * shares ({@code generated_c}, {@code data_c}) in the detail table {@value #TABLE}.
 */
final class ClassBalanceColumns {
  /** The detail table's file name. */
  static final String TABLE = "class_balance.csv";

  private final double[] data;
  private final List<String> metrics;

  /**
   * @param data the training data's class shares, or null for uniform over {@code classes}
   * @param classes the classifier's classes
   */
  ClassBalanceColumns(double[] data, int classes) {
    if (data == null) {
      data = new double[classes];
      Arrays.fill(data, 1.0 / classes);
    }
    if (data.length != classes) {
      throw new IllegalArgumentException(
          data.length + " data class shares for a classifier of " + classes + " classes");
    }
    this.data = data.clone();
    // Checks the shares once, here, rather than at the first evaluation.
    boolean minority =
        new ClassBalance().compute(new int[] {0}, this.data).minorityClasses().length > 0;
    this.metrics = minority ? List.of("class_tv", "minority_amplification") : List.of("class_tv");
  }

  /** The data's class shares. */
  double[] data() {
    return data.clone();
  }

  /** {@code class_tv}, and {@code minority_amplification} if the data has minority classes. */
  List<String> metrics() {
    return metrics;
  }

  /** The per-class shares table. */
  Map<String, List<String>> detailTables() {
    List<String> columns = new ArrayList<>();
    for (String prefix : List.of("generated_", "data_")) {
      for (int c = 0; c < data.length; c++) {
        columns.add(prefix + c);
      }
    }
    return Map.of(TABLE, List.copyOf(columns));
  }

  /**
   * Adds the metrics and the table's values of samples with these predicted classes to {@code m}.
   */
  void put(Map<String, Number> m, int[] predicted) {
    ClassBalance.Result r = new ClassBalance().compute(predicted, data);
    m.put("class_tv", r.totalVariation());
    if (metrics.size() > 1) {
      m.put("minority_amplification", r.minorityAmplification());
    }
    // In the table's column order.
    for (int c = 0; c < data.length; c++) {
      m.put("generated_" + c, r.generated()[c]);
    }
    for (int c = 0; c < data.length; c++) {
      m.put("data_" + c, data[c]);
    }
  }
}
