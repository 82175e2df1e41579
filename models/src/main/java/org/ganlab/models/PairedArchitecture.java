package org.ganlab.models;

import java.util.Map;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.op.Ops;

/**
 * What the paired translation family ({@link Pix2PixFamily}) trains: a generator from inputs to
 * outputs, a discriminator of outputs (given their inputs), and G's and D's objective. pix2pix
 * ({@link Pix2Pix}) and SRGAN ({@link Srgan}) are two: the same scheme of a supervised term against
 * the true output plus an adversarial term, with other networks and another content loss.
 */
public interface PairedArchitecture {
  /** {@return the shape {@code {h, w, c}} of one input image} */
  int[] inputShape();

  /** {@return the shape {@code {h, w, c}} of one output (and target) image} */
  int[] outputShape();

  /**
   * Builds G under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of G's variables
   * @param seeds the seeds G's initial weights are derived from
   * @param streams the random streams G's noise (e.g. dropout masks) comes from, if it has any
   * @return G
   */
  PairedGenerator buildGenerator(Ops tf, String name, Seeds seeds, RandomStreams streams);

  /**
   * Builds D under scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of D's variables
   * @param seeds the seeds D's initial weights are derived from
   * @return D
   */
  PairedDiscriminator buildDiscriminator(Ops tf, String name, Seeds seeds);

  /**
   * {@return the objective of G and D on the model's batch, with G's named terms}
   *
   * @param tf the ops the loss is built with
   * @param m the model whose outputs the loss reads
   */
  GanLoss loss(Ops tf, Pix2PixModel m);

  /** {@return a one-line description of the objective, for config.json} */
  String objective();

  /** {@return every hyperparameter, by name, for provenance} */
  Map<String, Object> hyperparameters();
}
