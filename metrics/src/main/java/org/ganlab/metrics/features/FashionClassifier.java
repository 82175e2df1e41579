package org.ganlab.metrics.features;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The project's Fashion-MNIST classifier as a feature extractor: the domain-specific replacement
 * for InceptionV3 on 28x28 grayscale images, as TF-GAN uses an MNIST classifier for MNIST.
 *
 * <ul>
 *   <li>{@link #extract} gives the 128-d penultimate activations (after ReLU) as features, for FID,
 *       KID and precision/recall in this domain, and the 10-class logits and softmax probabilities,
 *       for the Inception Score and conditional accuracy.
 *   <li>{@link #classifyChannels} classifies each channel of a stacked image separately (stacked
 *       Fashion-MNIST: three images as three channels, 1000 modes).
 * </ul>
 *
 * <p>The architecture is {@link FashionClassifierNet}'s. {@link #pretrained()} loads the weights
 * that ship with this module (trained by the build's {@code TrainFashionClassifier} from a fixed
 * seed; its recipe in {@code docs/metrics-extractors.md}); {@link #load(Path)} loads any checkpoint
 * directory in the same format. Both verify the checkpoint's SHA-256 manifest first.
 *
 * <p>Owns a TensorFlow session: close it. Not thread-safe (one thread extracts at a time).
 */
public final class FashionClassifier implements FeatureExtractor {
  /** The extractor's name. */
  public static final String NAME = "fashion-classifier";

  /** Where the shipped checkpoint lives, relative to this class's package on the classpath. */
  public static final String RESOURCE_DIR = "fashion-classifier/";

  /** The files of the shipped checkpoint. */
  public static final List<String> CHECKPOINT_FILES =
      List.of(Checkpointer.MANIFEST, "ckpt.data-00000-of-00001", "ckpt.index");

  /** Images per session run unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private static final int SIDE = FashionClassifierNet.SIDE;

  private final Graph graph;
  private final Session session;
  private final Placeholder<TFloat32> images;
  private final Operand<TFloat32> features;
  private final Operand<TFloat32> logits;
  private final Operand<TFloat32> probabilities;
  private final String identity;
  private final int batchSize;
  private boolean closed;

  private FashionClassifier(Path checkpoint, int batchSize) {
    Checks.positive("batchSize", batchSize);
    ClassifierCheckpoint.verify(checkpoint);
    this.batchSize = batchSize;
    this.identity = ClassifierCheckpoint.identity(NAME, checkpoint);
    graph = new Graph();
    try {
      Ops tf = Ops.create(graph);
      images =
          tf.withName("images")
              .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIDE, SIDE, 1)));
      // The seeds only feed the initializers, which the restore overwrites.
      FashionClassifierNet net = new FashionClassifierNet(tf, new Seeds(0));
      FashionClassifierNet.Outputs out = net.apply(images, Mode.INFERENCE);
      features = out.features();
      logits = out.logits();
      probabilities = tf.nn.softmax(logits);
      Checkpointer checkpointer = new Checkpointer(graph);
      session = SessionSettings.defaults().open(graph);
      try {
        session.initialize();
        checkpointer.restore(session, checkpoint);
      } catch (RuntimeException e) {
        session.close();
        throw e;
      }
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** {@return the weights that ship with this module} */
  public static FashionClassifier pretrained() {
    return pretrained(DEFAULT_BATCH_SIZE);
  }

  /**
   * {@return the weights that ship with this module, run {@code batchSize} images at a time}
   *
   * @param batchSize images per session run
   */
  public static FashionClassifier pretrained(int batchSize) {
    return ShippedClassifierCheckpoint.open(dir -> new FashionClassifier(dir, batchSize));
  }

  /**
   * Copies the shipped checkpoint's files into {@code dir} (e.g. to verify or inspect them).
   *
   * @param dir the directory to copy into
   * @throws IllegalStateException if a file is missing from the classpath
   * @throws IOException if a file cannot be written
   */
  public static void copyShippedCheckpoint(Path dir) throws IOException {
    ShippedClassifierCheckpoint.copyTo(dir);
  }

  /**
   * {@return weights from a checkpoint directory in the shipped checkpoint's format}
   *
   * @param checkpoint the checkpoint directory
   */
  public static FashionClassifier load(Path checkpoint) {
    return new FashionClassifier(checkpoint, DEFAULT_BATCH_SIZE);
  }

  /**
   * {@return weights from a checkpoint directory, run {@code batchSize} images at a time}
   *
   * @param checkpoint the checkpoint directory
   * @param batchSize images per session run
   */
  public static FashionClassifier load(Path checkpoint, int batchSize) {
    return new FashionClassifier(checkpoint, batchSize);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** SHA-256 of the name and the checkpoint manifest: changes exactly when a weight file does. */
  @Override
  public String identity() {
    return identity;
  }

  @Override
  public int featureDim() {
    return FashionClassifierNet.FEATURE_DIM;
  }

  @Override
  public int numClasses() {
    return FashionClassifierNet.CLASSES;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  /**
   * Features, logits and probabilities of [n, 28, 28, 1] images in [-1, 1].
   *
   * @throws IllegalArgumentException for any other shape (use {@link #classifyChannels} for stacked
   *     multi-channel images), or a non-finite pixel or one outside [-1, 1]
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public ExtractedFeatures extract(Batch batch) {
    Preconditions.checkState(!closed, "this FashionClassifier is closed: close() has been called");
    int[] shape = Batches.nhwc(batch, NAME);
    if (shape[1] != SIDE || shape[2] != SIDE || shape[3] != 1) {
      throw new IllegalArgumentException(
          NAME
              + " takes [n, 28, 28, 1] images, got "
              + Arrays.toString(shape)
              + (shape[3] > 1
                  ? "; it reads one grayscale garment per image: classify a stacked image channel by channel"
                  : ""));
    }
    if (shape[0] <= batchSize) {
      return run(batch);
    }
    ExtractedFeatures.Builder out = new ExtractedFeatures.Builder(shape[0]);
    for (int from = 0; from < shape[0]; from += batchSize) {
      out.add(run(Batches.slice(batch, from, Math.min(shape[0], from + batchSize))));
    }
    return out.build();
  }

  private ExtractedFeatures run(Batch batch) {
    try (TFloat32 x = batch.toTensor();
        Result r =
            session
                .runner()
                .feed(images, x)
                .fetch(features)
                .fetch(logits)
                .fetch(probabilities)
                .run()) {
      return new ExtractedFeatures(
          Batches.matrix((TFloat32) r.get(0)),
          Batches.matrix((TFloat32) r.get(1)),
          Batches.matrix((TFloat32) r.get(2)));
    }
  }

  /**
   * {@return the most probable class of each [n, 28, 28, 1] image}
   *
   * @param batch the images, [n, 28, 28, 1] in [-1, 1]
   */
  public int[] predict(Batch batch) {
    return extract(batch).predictedClasses();
  }

  /**
   * Classifies every channel of [n, 28, 28, c] images as a grayscale image of its own: stacked
   * Fashion-MNIST puts three images in the three channels, and its mode is the triple of their
   * classes.
   *
   * @param batch the images, [n, 28, 28, c] in [-1, 1]
   * @return {@code [n][c]} class ids, channel order as in the input
   */
  public int[][] classifyChannels(Batch batch) {
    int[] shape = Batches.nhwc(batch, NAME);
    if (shape[1] != SIDE || shape[2] != SIDE) {
      throw new IllegalArgumentException(
          NAME + " takes 28x28 images, got " + Arrays.toString(shape));
    }
    int n = shape[0];
    int c = shape[3];
    int pixels = SIDE * SIDE;
    float[] in = batch.values();
    // NHWC with c channels -> (n*c) single-channel images, image-major then channel.
    float[] split = new float[in.length];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < pixels; p++) {
        for (int ch = 0; ch < c; ch++) {
          split[(i * c + ch) * pixels + p] = in[(i * pixels + p) * c + ch];
        }
      }
    }
    int[] flat = predict(new Batch(new int[] {n * c, SIDE, SIDE, 1}, split, null));
    int[][] out = new int[n][c];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, i * c, out[i], 0, c);
    }
    return out;
  }

  /**
   * {@return the share of images of a labelled 28x28x1 dataset whose predicted class is their
   * label}
   *
   * @param data a labelled dataset of 28x28x1 images
   */
  public double accuracy(ImageDataset data) {
    if (!data.hasLabels()) {
      throw new IllegalArgumentException(data + " has no labels");
    }
    int[] predicted = extract(data).predictedClasses();
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == data.label(i)) {
        correct++;
      }
    }
    return correct / (double) predicted.length;
  }

  /** Closes the session and graph (once; later calls do nothing). */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.close();
      graph.close();
    }
  }

  @Override
  public String toString() {
    return "FashionClassifier[" + identity.substring(0, 12) + "]";
  }
}
