package org.ganlab.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ganlab.core.config.Hyperparameter;

/**
 * A deliberately imbalanced copy of a labelled dataset: the {@code minorityClasses} keep only the
 * first {@code fraction} of their images (in file order, at least one), every other class keeps
 * all. How a benchmark asks whether a GAN drops rare classes further than the data does (Jain et
 * al. 2020).
 *
 * <p>Keeping the first images rather than a seeded draw makes the subset a function of the data
 * file alone, the same for every seed of a benchmark row.
 *
 * @param minorityClasses the classes thinned out (empty: the dataset unchanged)
 * @param fraction the share of each minority class's images kept, in (0, 1]
 */
public record ClassImbalance(SortedSet<Integer> minorityClasses, double fraction) {

  /** The keys {@code minority_classes} and {@code minority_fraction}. */
  public static final List<Hyperparameter<ClassImbalance>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofString(
              "minority_classes",
              "training classes kept at minority_fraction of their images, comma-separated"
                  + " labels (empty: all classes whole)",
              ClassImbalance::classList,
              (c, v) -> new ClassImbalance(parse(v), c.fraction())),
          Hyperparameter.ofDouble(
              "minority_fraction",
              1e-4,
              1,
              "share of each minority class's training images kept (the first ones in the file)",
              ClassImbalance::fraction,
              (c, v) -> new ClassImbalance(c.minorityClasses(), v)));

  /**
   * Validates the classes (non-negative) and the fraction.
   *
   * @param minorityClasses the classes thinned out (empty: the dataset unchanged)
   * @param fraction the share of each minority class's images kept, in (0, 1]
   */
  public ClassImbalance {
    minorityClasses = Collections.unmodifiableSortedSet(new TreeSet<>(minorityClasses));
    for (int c : minorityClasses) {
      if (c < 0) {
        throw new IllegalArgumentException("minority class " + c + " is negative");
      }
    }
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("minority fraction must be in (0, 1], got " + fraction);
    }
  }

  /**
   * No imbalance: every class whole.
   *
   * @return the imbalance that leaves a dataset unchanged
   */
  public static ClassImbalance none() {
    return new ClassImbalance(new TreeSet<>(), 1);
  }

  /** {@return whether {@link #apply} changes a dataset} */
  public boolean isNone() {
    return minorityClasses.isEmpty() || fraction == 1;
  }

  /**
   * The thinned copy of {@code dataset}, or {@code dataset} itself if {@link #isNone()}.
   *
   * @param dataset a labelled dataset whose classes include every minority class
   * @return the images kept, in file order
   * @throws IllegalArgumentException if the dataset has no labels or lacks a minority class
   */
  public ImageDataset apply(ImageDataset dataset) {
    if (isNone()) {
      return dataset;
    }
    if (!dataset.hasLabels()) {
      throw new IllegalArgumentException(dataset + " has no labels to thin out classes by");
    }
    int[] labels = dataset.labels();
    int[] count = new int[dataset.numClasses()];
    for (int c : minorityClasses) {
      if (c >= count.length) {
        throw new IllegalArgumentException(
            "minority class " + c + " is not a class of " + dataset + " (0.." + count.length + ")");
      }
    }
    for (int l : labels) {
      count[l]++;
    }
    int[] kept = new int[count.length];
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      int c = labels[i];
      int keep = minorityClasses.contains(c) ? keptOf(count[c]) : count[c];
      if (kept[c] < keep) {
        kept[c]++;
        indices.add(i);
      }
    }
    String name = dataset.name() + "[classes " + classList() + " at " + fraction + "]";
    return dataset.subset(name, indices.stream().mapToInt(Integer::intValue).toArray());
  }

  // At least one image; the tolerance keeps 0.1 * 6000 at 600, not 601.
  private int keptOf(int count) {
    return Math.max(1, (int) Math.ceil(fraction * count - 1e-9));
  }

  private String classList() {
    return minorityClasses.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static SortedSet<Integer> parse(String text) {
    SortedSet<Integer> out = new TreeSet<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        out.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "minority_classes must be comma-separated class labels, got '" + text + "'", e);
      }
    }
    return out;
  }
}
