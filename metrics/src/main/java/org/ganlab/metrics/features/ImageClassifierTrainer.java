package org.ganlab.metrics.features;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Update;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Trains the architecture of {@link FashionClassifier} from scratch on the labelled images of any
 * {@link DataSource}: the classifier behind the Classification Accuracy Score and the
 * data-augmentation benchmarks (train on real, generated or mixed images, test on real ones), and
 * the trainer of the shipped Fashion-MNIST weights.
 *
 * <p>Everything random is a pure function of the seeds: initial weights come from stateless
 * initializers seeded by variable name, the batches from the data source's contract, and Adam's
 * updates wait for every gradient, so the same call on the same build and machine trains the same
 * weights.
 */
public final class ImageClassifierTrainer {
  private ImageClassifierTrainer() {}

  /**
   * Trains a classifier and returns it, ready to predict.
   *
   * @param data labelled images, {@code {height, width, channels}} examples in [-1, 1]
   * @param recipe steps, batch size and learning rate
   * @param seeds the initial weights' seeds
   * @param log progress lines every 100 steps, or null for silence
   * @return the trained classifier (the caller closes it)
   * @throws IllegalArgumentException if the source gives no labelled images
   */
  public static TrainedImageClassifier train(
      DataSource data, ClassifierRecipe recipe, Seeds seeds, PrintStream log) {
    Objects.requireNonNull(recipe, "recipe");
    int[] shape = data.shape();
    if (shape.length != 3 || data.numClasses() < 2) {
      throw new IllegalArgumentException(
          "a classifier trains on labelled images of at least 2 classes, got examples of shape "
              + Arrays.toString(shape)
              + " and "
              + data.numClasses()
              + " classes");
    }
    int b = recipe.batchSize();
    Graph g = new Graph();
    try {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> images =
          tf.withName("images")
              .placeholder(
                  TFloat32.class, Placeholder.shape(Shape.of(b, shape[0], shape[1], shape[2])));
      Placeholder<TInt32> labels =
          tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(b)));
      FashionClassifierNet net =
          new FashionClassifierNet(tf, seeds, shape[0], shape[1], shape[2], data.numClasses());
      Operand<TFloat32> logits = net.apply(images, Mode.TRAINING).logits();
      // The dense cross-entropy kernel: the C++ gradient registry that Ops.gradients uses has none
      // for the sparse one.
      Operand<TFloat32> oneHot =
          tf.oneHot(labels, tf.constant(data.numClasses()), tf.constant(1f), tf.constant(0f));
      Operand<TFloat32> loss =
          tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
      Update update =
          new Adam(recipe.learningRate(), 0.9, 0.999)
              .minimize(tf.withSubScope("adam"), loss, net.network().trainableVariables());
      List<Op> targets = new ArrayList<>(net.network().statisticUpdates());
      targets.add(update.op());
      TrainedImageClassifier.Inference inference =
          TrainedImageClassifier.Inference.build(g, tf, net, shape);
      Session s = SessionSettings.defaults().open(g);
      try {
        s.initialize();
        double[] recent = new double[100];
        long started = System.nanoTime();
        for (long step = 0; step < recipe.steps(); step++) {
          Batch batch = data.batch(step, b);
          try (TFloat32 xt = batch.toTensor();
              TInt32 yt = TInt32.vectorOf(batch.labels())) {
            Session.Runner r = s.runner().feed(images, xt).feed(labels, yt).fetch(loss);
            targets.forEach(r::addTarget);
            try (Result res = r.run()) {
              recent[(int) (step % recent.length)] = ((TFloat32) res.get(0)).getFloat();
            }
          }
          if (log != null && ((step + 1) % 100 == 0 || step + 1 == recipe.steps())) {
            log.printf(
                Locale.ROOT,
                "step %d/%d  epoch %.2f  loss(last 100) %.4f  %.1f s%n",
                step + 1,
                recipe.steps(),
                data.size() > 0 ? (step + 1) * (double) b / data.size() : Double.NaN,
                mean(recent, step + 1),
                (System.nanoTime() - started) / 1e9);
          }
        }
        return new TrainedImageClassifier(
            g, s, inference, shape, data.numClasses(), mean(recent, recipe.steps()));
      } catch (RuntimeException e) {
        s.close();
        throw e;
      }
    } catch (RuntimeException e) {
      g.close();
      throw e;
    }
  }

  private static double mean(double[] recent, long done) {
    int k = (int) Math.min(done, recent.length);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += recent[i];
    }
    return sum / k;
  }
}
