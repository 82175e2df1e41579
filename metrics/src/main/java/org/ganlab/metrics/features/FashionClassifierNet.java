package org.ganlab.metrics.features;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The architecture of {@link FashionClassifier}, shared by the trainer and the extractor so that
 * both build exactly the same variables (names and shapes), which is what lets the extractor
 * restore the trainer's checkpoint.
 *
 * <pre>
 * [b, 28, 28, 1] in [-1, 1]
 * conv1 3x3, 32, no bias - batch norm - ReLU - max pool 2x2   -> [b, 14, 14, 32]
 * conv2 3x3, 64, no bias - batch norm - ReLU - max pool 2x2   -> [b, 7, 7, 64]
 * conv3 3x3, 64, stride 2, no bias - batch norm - ReLU        -> [b, 4, 4, 64]
 * flatten - dense1 128, no bias - batch norm - ReLU           -> [b, 128]  "features"
 * dense2 10                                                   -> [b, 10]   logits
 * </pre>
 *
 * <p>188,522 trainable weights and 576 batch-norm moving statistics (0.76 MB in float32): small
 * enough to ship in the repository. The third, strided convolution keeps the dense layer at 1,024 x
 * 128 instead of the 3,136 x 128 that flattening the 7x7 map would need. Batch norm lets Adam reach
 * over 90 % test accuracy in a few epochs; the layers before it have no bias because batch norm's
 * offset replaces it.
 */
final class FashionClassifierNet {
  /** Variable scope of every weight; part of the checkpoint's variable names. */
  static final String SCOPE = "fashion_classifier";

  /** Image side. */
  static final int SIDE = 28;

  /** Width of the penultimate layer (the features). */
  static final int FEATURE_DIM = 128;

  /** Fashion-MNIST's classes. */
  static final int CLASSES = 10;

  private final Network<TFloat32> net;
  private final Layer<TFloat32> trunk;
  private final Layer<TFloat32> head;

  /** The two outputs of one application. */
  record Outputs(Operand<TFloat32> features, Operand<TFloat32> logits) {}

  /**
   * Creates the variables under {@link #SCOPE} for Fashion-MNIST.
   *
   * @param seeds initial values derive from it (only training cares: the extractor restores them)
   */
  FashionClassifierNet(Ops tf, Seeds seeds) {
    this(tf, seeds, SIDE, SIDE, 1, CLASSES);
  }

  /**
   * Creates the variables of the same architecture for other images and classes; the dense layer
   * takes the 64 maps of the third convolution at {@code ceil(ceil(ceil(h/2)/2)/2)} by the same of
   * the width.
   *
   * @param seeds initial values derive from it
   * @param height image height
   * @param width image width
   * @param channels channels per pixel
   * @param classes the number of classes (logits)
   */
  FashionClassifierNet(Ops tf, Seeds seeds, int height, int width, int channels, int classes) {
    net = new Network<>(tf, SCOPE, TFloat32.class, seeds);
    Ops o = net.ops();
    Initializer he = Initializer.glorotUniform();
    trunk =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "conv1", channels, 32, 3, 1, he, false),
                new BatchNorm<>(net, "bn1", 32),
                Activations.relu(o),
                maxPool(o),
                new Conv2d<>(net, "conv2", 32, 64, 3, 1, he, false),
                new BatchNorm<>(net, "bn2", 64),
                Activations.relu(o),
                maxPool(o),
                new Conv2d<>(net, "conv3", 64, 64, 3, 2, he, false),
                new BatchNorm<>(net, "bn3", 64),
                Activations.relu(o),
                Reshape.flatten(o),
                new Dense<>(
                    net, "dense1", eighth(height) * eighth(width) * 64, FEATURE_DIM, he, false),
                new BatchNorm<>(net, "bn4", FEATURE_DIM),
                Activations.relu(o)));
    head = new Dense<>(net, "dense2", FEATURE_DIM, classes, he);
  }

  /** The size after three halvings with "SAME" padding (two pools and a strided convolution). */
  private static int eighth(int side) {
    return (((side + 1) / 2 + 1) / 2 + 1) / 2;
  }

  /** The network (variables, statistic updates). */
  Network<TFloat32> network() {
    return net;
  }

  /** Applies the classifier to [b, 28, 28, 1] images. */
  Outputs apply(Operand<TFloat32> images, Mode mode) {
    Operand<TFloat32> features = trunk.apply(images, mode);
    return new Outputs(features, head.apply(features, mode));
  }

  private static Layer<TFloat32> maxPool(Ops tf) {
    return (x, mode) ->
        tf.nn.maxPool(
            x, tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}), "SAME");
  }
}
