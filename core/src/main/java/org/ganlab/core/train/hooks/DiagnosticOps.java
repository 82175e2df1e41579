package org.ganlab.core.train.hooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.nn.Network;
import org.ganlab.core.tf.MissingGradient;
import org.ganlab.core.train.DiagnosticTargets;
import org.ganlab.core.train.Feeder;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanLoss;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The read-only ops behind {@link Diagnostics}, added once to a training graph whose model shows
 * its {@link DiagnosticTargets} (a single GAN, the BiGAN, pix2pix, SRGAN, text-to-image): the
 * gradient of the generator loss with respect to the generated batch, each weight matrix's gradient
 * norm, D's outputs on the real and generated inputs, and the weight matrices themselves (their
 * spectral norms are computed in Java by {@link PowerIteration}). Running them is a separate {@code
 * Session.run} with no update op among its targets, so training values stay bit for bit what they
 * would be without it (batch-norm statistic updates are ops of their own, run only by the train
 * ops). Not thread-safe, like the trainer.
 */
public final class DiagnosticOps {
  private final DiagnosticTargets targets;
  private final List<Variable<TFloat32>> matrices = new ArrayList<>();
  private final List<Operand<TFloat32>> gradientNorms = new ArrayList<>();
  private final Operand<TFloat32> outputGradientNorm;

  /**
   * Adds the ops to {@code graph}, which holds the model {@code targets} describes and {@code
   * loss}.
   *
   * @param graph the graph to add the ops to
   * @param targets what the family's model shows the diagnostics
   * @param loss the model's losses
   * @throws IllegalArgumentException if the generator loss does not reach the generated batch
   */
  public DiagnosticOps(Graph graph, DiagnosticTargets targets, GanLoss loss) {
    this.targets = targets;
    Ops tf = Ops.create(graph).withSubScope("diagnostics");
    List<Variable<TFloat32>> g = matricesOf(targets.generatorNetworks());
    List<Variable<TFloat32>> d = matricesOf(targets.discriminatorNetworks());
    matrices.addAll(g);
    matrices.addAll(d);
    List<Operand<?>> gTargets = new ArrayList<>(g);
    gTargets.add(targets.generatedData());
    Gradients gg = tf.gradients(loss.generatorLoss(), gTargets);
    for (int i = 0; i < g.size(); i++) {
      gradientNorms.add(norm(tf, gg.dy(i)));
    }
    Output<TFloat32> dx = gg.dy(g.size());
    if (MissingGradient.isMissing(dx)) {
      throw new IllegalArgumentException(
          "the generator loss does not depend on the generated data");
    }
    outputGradientNorm = norm(tf, dx);
    if (!d.isEmpty()) {
      Gradients dg = tf.gradients(loss.discriminatorLoss(), d);
      for (int i = 0; i < d.size(); i++) {
        gradientNorms.add(norm(tf, dg.dy(i)));
      }
    }
  }

  /**
   * Variables of rank 2 and more: dense, convolution and embedding weights, not biases or gains.
   */
  private static List<Variable<TFloat32>> matricesOf(List<Network<TFloat32>> networks) {
    return networks.stream()
        .flatMap(n -> n.trainableVariables().stream())
        .filter(v -> v.shape().numDimensions() >= 2)
        .toList();
  }

  private static Operand<TFloat32> norm(Ops tf, Output<TFloat32> grad) {
    if (MissingGradient.isMissing(grad)) {
      return tf.constant(0f);
    }
    int[] axes = new int[grad.shape().numDimensions()];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return tf.math.sqrt(tf.sum(tf.math.square(grad), tf.constant(axes)));
  }

  /**
   * {@return names of the weight matrices, generator's first: the keys of the diagnostics' maps}
   */
  public List<String> matrixNames() {
    return matrices.stream().map(v -> v.op().name()).toList();
  }

  /**
   * Runs the ops once on the feeds of one update.
   *
   * @param session the trainer's session
   * @param feeder the family's feeder (the same batch and random streams as that update)
   * @param batchIndex the index of the update's data batch
   * @param update the index of the update, for the random streams
   * @param step the step to record
   * @return the norms and percentiles of that update
   */
  public Diagnostics run(Session session, Feeder feeder, long batchIndex, long update, long step) {
    Session.Runner r = session.runner();
    r.fetch(outputGradientNorm).fetch(targets.realScores()).fetch(targets.generatedScores());
    matrices.forEach(r::fetch);
    gradientNorms.forEach(r::fetch);
    List<Tensor> feeds = feeder.feed(r, batchIndex, update);
    try (Result res = r.run()) {
      float outNorm = ((TFloat32) res.get(0)).getFloat();
      float[] real = Feeds.read(res.get(1));
      float[] fake = Feeds.read(res.get(2));
      Map<String, Double> sigma = new LinkedHashMap<>();
      Map<String, Float> grads = new LinkedHashMap<>();
      int k = 3;
      for (Variable<TFloat32> v : matrices) {
        long[] dims = v.shape().asArray();
        int cols = (int) dims[dims.length - 1];
        float[] w = Feeds.read(res.get(k++));
        sigma.put(
            v.op().name(),
            PowerIteration.largestSingularValue(
                w, w.length / cols, cols, PowerIteration.DEFAULT_ITERATIONS));
      }
      for (Variable<TFloat32> v : matrices) {
        grads.put(v.op().name(), ((TFloat32) res.get(k++)).getFloat());
      }
      return new Diagnostics(step, outNorm, real, fake, sigma, grads);
    } finally {
      feeds.forEach(Tensor::close);
    }
  }
}
