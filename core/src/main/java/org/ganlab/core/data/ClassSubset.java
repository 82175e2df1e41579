package org.ganlab.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;

/**
 * The training images a run keeps of each class of a labelled dataset. Two uses:
 *
 * <ul>
 *   <li>a deliberately imbalanced copy: the {@code minorityClasses} keep only the first {@code
 *       fraction} of their images (in file order, at least one), every other class keeps all. How a
 *       benchmark asks whether a GAN drops rare classes further than the data does (Jain et al.
 *       2020);
 *   <li>a few-shot copy: every class keeps at most its first {@code imagesPerClass} images, how a
 *       benchmark asks whether generated images help a classifier that has few labels.
 * </ul>
 *
 * <p>Keeping the first images rather than a seeded draw makes the subset a function of the data
 * file alone, the same for every seed of a benchmark row. Both limits apply together: a minority
 * class keeps the smaller of the two counts.
 *
 * @param minorityClasses the classes thinned out (empty: no class thinned)
 * @param fraction the share of each minority class's images kept, in (0, 1]
 * @param imagesPerClass the most images any class keeps, 0 for no limit
 */
public record ClassSubset(SortedSet<Integer> minorityClasses, double fraction, int imagesPerClass) {

  /** The keys {@code minority_classes} and {@code minority_fraction}. */
  public static final List<Hyperparameter<ClassSubset>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofString(
              "minority_classes",
              "training classes kept at minority_fraction of their images, comma-separated"
                  + " labels (empty: all classes whole)",
              ClassSubset::classList,
              (c, v) -> new ClassSubset(parse(v), c.fraction(), c.imagesPerClass())),
          Hyperparameter.ofDouble(
              "minority_fraction",
              1e-4,
              1,
              "share of each minority class's training images kept (the first ones in the file)",
              ClassSubset::fraction,
              (c, v) -> new ClassSubset(c.minorityClasses(), v, c.imagesPerClass())),
          Hyperparameter.ofInt(
              "images_per_class",
              0,
              Integer.MAX_VALUE,
              "the most training images each class keeps (the first ones in the file); 0 keeps"
                  + " all",
              ClassSubset::imagesPerClass,
              (c, v) -> new ClassSubset(c.minorityClasses(), c.fraction(), v)));

  /**
   * Validates the classes (non-negative), the fraction and the per-class limit.
   *
   * @param minorityClasses the classes thinned out (empty: no class thinned)
   * @param fraction the share of each minority class's images kept, in (0, 1]
   * @param imagesPerClass the most images any class keeps, 0 for no limit
   */
  public ClassSubset {
    minorityClasses = Collections.unmodifiableSortedSet(new TreeSet<>(minorityClasses));
    for (int c : minorityClasses) {
      if (c < 0) {
        throw new IllegalArgumentException("minority class " + c + " is negative");
      }
    }
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("minority fraction must be in (0, 1], got " + fraction);
    }
    if (imagesPerClass < 0) {
      throw new IllegalArgumentException(
          "images per class must be 0 (no limit) or positive, got " + imagesPerClass);
    }
  }

  /**
   * An imbalance without a per-class limit.
   *
   * @param minorityClasses the classes thinned out
   * @param fraction the share of each minority class's images kept, in (0, 1]
   */
  public ClassSubset(SortedSet<Integer> minorityClasses, double fraction) {
    this(minorityClasses, fraction, 0);
  }

  /**
   * The first {@code imagesPerClass} images of every class.
   *
   * @param imagesPerClass the most images any class keeps, at least 1
   * @return the few-shot subset
   */
  public static ClassSubset firstPerClass(int imagesPerClass) {
    Checks.positive("images per class", imagesPerClass);
    return new ClassSubset(new TreeSet<>(), 1, imagesPerClass);
  }

  /**
   * No imbalance: every class whole.
   *
   * @return the imbalance that leaves a dataset unchanged
   */
  public static ClassSubset none() {
    return new ClassSubset(new TreeSet<>(), 1, 0);
  }

  /** {@return whether {@link #apply} changes a dataset} */
  public boolean isNone() {
    return (minorityClasses.isEmpty() || fraction == 1) && imagesPerClass == 0;
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
      if (imagesPerClass > 0) {
        keep = Math.min(keep, imagesPerClass);
      }
      if (kept[c] < keep) {
        kept[c]++;
        indices.add(i);
      }
    }
    String name = dataset.name() + "[" + describe() + "]";
    return dataset.subset(name, indices.stream().mapToInt(Integer::intValue).toArray());
  }

  private String describe() {
    List<String> parts = new ArrayList<>();
    if (!minorityClasses.isEmpty() && fraction < 1) {
      parts.add("classes " + classList() + " at " + fraction);
    }
    if (imagesPerClass > 0) {
      parts.add(imagesPerClass + " per class");
    }
    return String.join(", ", parts);
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
