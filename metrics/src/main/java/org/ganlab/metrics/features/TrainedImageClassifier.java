package org.ganlab.metrics.features;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.ganlab.core.checkpoint.Checkpointer;
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
import org.tensorflow.types.TInt64;

/**
 * A classifier {@link ImageClassifierTrainer} trained, still in its training session: it predicts
 * classes (batch norm with its moving statistics) and can save its weights. Not thread-safe; close
 * it to free the graph and session.
 */
public final class TrainedImageClassifier implements AutoCloseable {
  /** Images per session call when predicting. */
  private static final int CHUNK = 500;

  private final Graph graph;
  private final Session session;
  private final Inference inference;
  private final int[] shape;
  private final int classes;
  private final double finalLoss;

  /**
   * The inference branch of the training graph (any number of images in, classes out) and its
   * checkpointer, both built before the session opens.
   */
  record Inference(
      Placeholder<TFloat32> images, Operand<TInt64> predictions, Checkpointer checkpointer) {
    static Inference build(Graph g, Ops tf, FashionClassifierNet net, int[] shape) {
      Placeholder<TFloat32> images =
          tf.withName("predict_images")
              .placeholder(
                  TFloat32.class, Placeholder.shape(Shape.of(-1, shape[0], shape[1], shape[2])));
      Operand<TFloat32> logits = net.apply(images, Mode.INFERENCE).logits();
      Operand<TInt64> predictions = tf.math.argMax(logits, tf.constant(1));
      return new Inference(images, predictions, new Checkpointer(g));
    }
  }

  TrainedImageClassifier(
      Graph graph,
      Session session,
      Inference inference,
      int[] shape,
      int classes,
      double finalLoss) {
    this.graph = graph;
    this.session = session;
    this.inference = inference;
    this.shape = shape.clone();
    this.classes = classes;
    this.finalLoss = finalLoss;
  }

  /** {@return the mean cross-entropy of the last 100 training steps (or fewer)} */
  public double finalLoss() {
    return finalLoss;
  }

  /** {@return the number of classes it tells apart} */
  public int classes() {
    return classes;
  }

  /**
   * {@return the predicted class of every image, in order}
   *
   * @param images images of the training data's shape
   * @throws IllegalArgumentException if the images have another shape
   */
  public int[] predict(ImageDataset images) {
    if (!Arrays.equals(images.shape(), shape)) {
      throw new IllegalArgumentException(
          "the classifier was trained on images of shape "
              + Arrays.toString(shape)
              + ", not "
              + images
              + " of shape "
              + Arrays.toString(images.shape()));
    }
    int[] out = new int[images.n()];
    for (int from = 0; from < images.n(); from += CHUNK) {
      int to = Math.min(images.n(), from + CHUNK);
      Batch batch = images.batchOf(IntStream.range(from, to).toArray());
      try (TFloat32 x = batch.toTensor();
          Result r =
              session.runner().feed(inference.images(), x).fetch(inference.predictions()).run()) {
        TInt64 p = (TInt64) r.get(0);
        for (int i = from; i < to; i++) {
          out[i] = (int) p.getLong(i - from);
        }
      }
    }
    return out;
  }

  /**
   * {@return the share of images whose predicted class is their label}
   *
   * @param labelled labelled images of the training data's shape and classes
   * @throws IllegalArgumentException if the images have no labels
   */
  public double accuracy(ImageDataset labelled) {
    if (!labelled.hasLabels()) {
      throw new IllegalArgumentException(labelled + " has no labels to score a classifier on");
    }
    int[] predicted = predict(labelled);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == labelled.label(i)) {
        correct++;
      }
    }
    return (double) correct / predicted.length;
  }

  /**
   * Writes only the classifier's weights and batch-norm statistics (not Adam's moments) as a
   * checkpoint directory that {@link FashionClassifier#load} reads for 28x28 grayscale images of 10
   * classes: the training checkpoint goes to a scratch directory, a graph holding just the
   * classifier restores from it (RestoreV2 reads the names it asks for) and saves itself.
   *
   * @param out the checkpoint directory to create; must not exist
   */
  public void saveInferenceWeights(Path out) {
    Path scratch;
    try {
      // Outside the output's directory, so a crash leaves nothing beside the written weights.
      scratch = Files.createTempDirectory("ganlab-classifier-export");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch directory: " + e.getMessage(), e);
    }
    try {
      Path full = scratch.resolve("full");
      inference.checkpointer().save(session, full);
      try (Graph g = new Graph()) {
        new FashionClassifierNet(
            Ops.create(g), new Seeds(0), shape[0], shape[1], shape[2], classes);
        Checkpointer inferenceOnly = new Checkpointer(g);
        try (Session s = SessionSettings.defaults().open(g)) {
          s.initialize();
          inferenceOnly.restore(s, full);
          inferenceOnly.save(s, out);
        }
      }
    } finally {
      try {
        MoreFiles.deleteRecursively(scratch, RecursiveDeleteOption.ALLOW_INSECURE);
      } catch (IOException e) {
        // Only scratch space; the written checkpoint is complete and verified by its manifest.
      }
    }
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
