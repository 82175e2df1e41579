package org.ganlab.core.train;

import org.tensorflow.op.Ops;

/**
 * A GAN family: how to build its spine (model, loss, train ops, feeder) into an empty graph. This
 * is all a new family implements to train with {@link GanTrainer#open}: the trainer, hooks,
 * checkpoints and resume are shared. {@link SingleGan} is the single-image family; the
 * CycleGAN-style family and the encoder GANs of the models module are others.
 *
 * @param <M> the family's model value
 */
public interface GanFamily<M> {
  /**
   * Builds the spine into {@code tf}'s graph.
   *
   * @param tf the ops of the graph to build into
   * @param config the run's seed, batch size, n_critic, EMA decay
   * @return the model, its loss, its update ops and its feeder
   */
  Spine<M> build(Ops tf, TrainerConfig config);

  /**
   * {@return whether the family splits batches into shards ({@link TrainerConfig#gradShards()} &gt;
   * 1, or a worker cluster)} Families that do not are refused such a configuration.
   */
  default boolean shardable() {
    return false;
  }

  /**
   * {@return whether the family's model is {@link Diagnosable}, so that a run can write
   * diagnostics} A family that says so must build such a model.
   */
  default boolean diagnosable() {
    return false;
  }
}
