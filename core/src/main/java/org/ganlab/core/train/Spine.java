package org.ganlab.core.train;

import java.util.Objects;

/**
 * One GAN family's spine built into a graph, everything the trainer needs: the model value (the
 * family's graph pieces: a {@link GanModel}, a {@code CycleGanModel}, or a record of the family's
 * own), the loss tensors, the train ops and the feeder.
 *
 * @param model the graph pieces, for samplers and hooks
 * @param loss the losses the train ops minimize, with named terms and scores
 * @param ops the update ops
 * @param feeder how an update's batch and random streams become feeds
 * @param <M> the family's model type
 */
public record Spine<M>(M model, GanLoss loss, GanTrainOps ops, Feeder feeder) {
  /**
   * Checks that every part is present.
   *
   * @param model the graph pieces, for samplers and hooks
   * @param loss the losses the train ops minimize, with named terms and scores
   * @param ops the update ops
   * @param feeder how an update's batch and random streams become feeds
   */
  public Spine {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(loss, "loss");
    Objects.requireNonNull(ops, "ops");
    Objects.requireNonNull(feeder, "feeder");
  }
}
