package org.ganlab.metrics.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.ganlab.core.data.DataFileException;
import org.ganlab.core.data.IdxReader;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.ImageFolder;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FeatureExtractor;
import org.ganlab.metrics.io.NpyFormatException;
import org.ganlab.metrics.io.NpyImages;
import org.ganlab.metrics.io.NpyReader;
import org.ganlab.metrics.io.NpzStatistics;

/**
 * Turns the files a user names into what the metrics take: feature matrices, FID statistics or
 * class probabilities.
 *
 * <p>An input is recognised by its name ({@link MetricInputKind#of}): a {@code .npy} feature matrix
 * (or, of rank 4, images {@code N x H x W x C} in [0, 1], {@link NpyImages}), {@code .npz}
 * reference statistics ({@code mu}, {@code sigma}), an IDX image file (plain or gzipped) or a
 * folder of PNG images. Images go through the feature extractor given to the constructor, which is
 * created on first use only (a run on {@code .npy} files never loads a network) and closed by
 * {@link #close()}. The features of an image input are extracted once, however often it is asked
 * for.
 *
 * <p>Every problem a user can fix (a missing file, an unknown extension, a malformed file, images
 * the extractor cannot take, statistics where features are needed) is core's {@link
 * DataFileException} (an {@link UncheckedIOException} for a malformed {@code .npy} or {@code .npz}
 * file) whose message names the file.
 *
 * <p>Not thread-safe: it opens its extractor on first use and caches what it extracted.
 */
public final class MetricInputs implements AutoCloseable {

  private final Supplier<? extends FeatureExtractor> extractorFactory;
  private final Map<Path, ExtractedFeatures> extracted = new HashMap<>();
  private FeatureExtractor extractor;

  /**
   * Inputs whose images go through the extractor that {@code extractorFactory} creates (called at
   * most once, when the first image input is read).
   *
   * @param extractorFactory creates the feature extractor on first use
   */
  public MetricInputs(Supplier<? extends FeatureExtractor> extractorFactory) {
    this.extractorFactory = Objects.requireNonNull(extractorFactory, "extractorFactory");
  }

  /**
   * {@return the feature matrix of an input: a {@code .npy} file as stored, images through the
   * extractor}
   *
   * @param path the input: images or a {@code .npy} feature matrix
   * @param metric the metric's name, for the message when {@code path} holds only statistics
   */
  public FeatureMatrix features(Path path, String metric) {
    MetricInputKind kind = MetricInputKind.of(path);
    return switch (kind) {
      case FEATURES -> rank(path) == 4 ? extract(path).features() : readMatrix(path);
      case STATISTICS ->
          throw problem(
              path,
              metric
                  + " needs features, but"
                  + " .npz statistics hold only mu and sigma (only fid accepts them); give a .npy"
                  + " feature matrix, an IDX image file or a PNG folder");
      case IDX_IMAGES, PNG_FOLDER -> extract(path).features();
    };
  }

  /**
   * {@return FID statistics of an input: {@code .npz} statistics as stored, otherwise the mean and
   * unbiased covariance of its features}
   *
   * @param path the input: images, a {@code .npy} feature matrix or {@code .npz} statistics
   * @param fid computes the mean and covariance of features
   */
  public FeatureStatistics statistics(Path path, FrechetInceptionDistance fid) {
    if (MetricInputKind.of(path) == MetricInputKind.STATISTICS) {
      try {
        return NpzStatistics.read(path);
      } catch (IOException e) {
        throw readError(path, e);
      }
    }
    FeatureMatrix f = features(path, "fid");
    if (f.rows() < 2) {
      throw problem(path, "FID needs at least 2 samples for a covariance, got " + f.rows());
    }
    return fid.statistics(f);
  }

  /**
   * {@return class probabilities {@code [n, classes]} of an input: images through the extractor's
   * classifier head, or a {@code .npy} matrix taken as probabilities}
   *
   * @param path the input: images or a {@code .npy} probability matrix
   * @param metric the metric's name, for error messages
   */
  public FeatureMatrix probabilities(Path path, String metric) {
    MetricInputKind kind = MetricInputKind.of(path);
    return switch (kind) {
      case FEATURES -> rank(path) == 4 ? imageProbabilities(path, metric) : readMatrix(path);
      case STATISTICS ->
          throw problem(
              path,
              metric
                  + " needs class"
                  + " probabilities, but .npz statistics hold only mu and sigma; give an IDX image file,"
                  + " a PNG folder or a .npy matrix of probabilities [n, classes]");
      case IDX_IMAGES, PNG_FOLDER -> imageProbabilities(path, metric);
    };
  }

  /**
   * {@return the images of an IDX file or PNG folder}
   *
   * @param path an IDX file or a folder of PNGs
   */
  public static ImageDataset images(Path path) {
    MetricInputKind kind = MetricInputKind.of(path);
    return switch (kind) {
      case IDX_IMAGES -> ImageDataset.of(IdxReader.readImages(path));
      case PNG_FOLDER -> ImageFolder.read(path);
      case FEATURES -> {
        try {
          yield NpyImages.toImages(NpyReader.read(path), path.toString());
        } catch (IOException e) {
          throw readError(path, e);
        } catch (IllegalArgumentException e) {
          throw problem(path, e.getMessage());
        }
      }
      default ->
          throw problem(
              path, "expected images (IDX file or PNG folder), found " + kind.description());
    };
  }

  /**
   * {@return the extractor's output for an image input (extracted once per path)}
   *
   * @param path an IDX file or a folder of PNGs
   */
  public ExtractedFeatures extract(Path path) {
    Path key = path.toAbsolutePath().normalize();
    ExtractedFeatures cached = extracted.get(key);
    if (cached != null) {
      return cached;
    }
    ImageDataset data = images(path);
    if (data.n() == 0) {
      throw problem(path, "no images");
    }
    FeatureExtractor x = extractor();
    ExtractedFeatures f;
    try {
      f = x.extract(data);
    } catch (IllegalArgumentException e) {
      throw problem(path, e.getMessage());
    }
    extracted.put(key, f);
    return f;
  }

  /** {@return the extractor, created on first use} */
  public FeatureExtractor extractor() {
    if (extractor == null) {
      extractor = Objects.requireNonNull(extractorFactory.get(), "extractor factory gave null");
    }
    return extractor;
  }

  /** {@return whether an extractor was created (that is, some input was images)} */
  public boolean extractorUsed() {
    return extractor != null;
  }

  private FeatureMatrix imageProbabilities(Path path, String metric) {
    return extract(path)
        .probabilitiesIfPresent()
        .orElseThrow(
            () ->
                problem(
                    path,
                    metric
                        + " needs class probabilities, but the extractor "
                        + extractor.name()
                        + " has no classifier head"));
  }

  /** The rank of a {@code .npy} array: 4 for images {@code N x H x W x C}, 2 for features. */
  private static int rank(Path path) {
    try {
      return NpyReader.read(path).rank();
    } catch (IOException e) {
      throw readError(path, e);
    }
  }

  private static FeatureMatrix readMatrix(Path path) {
    try {
      return NpyReader.readMatrix(path);
    } catch (IOException e) {
      throw readError(path, e);
    }
  }

  private static RuntimeException readError(Path path, IOException e) {
    if (e instanceof NpyFormatException) {
      return new UncheckedIOException(e.getMessage(), e); // the message names the file
    }
    if (e instanceof NoSuchFileException) {
      return problem(path, "file not found");
    }
    return problem(path, "cannot read: " + e);
  }

  /** A problem a user fixes in {@code path}; the message starts with the path. */
  private static DataFileException problem(Path path, String message) {
    return new DataFileException(path.toString(), message);
  }

  /** Closes the extractor, if one was created. */
  @Override
  public void close() {
    if (extractor != null) {
      extractor.close();
      extractor = null;
    }
  }
}
