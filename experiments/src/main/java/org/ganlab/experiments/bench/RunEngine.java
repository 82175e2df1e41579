package org.ganlab.experiments.bench;

import java.util.List;

/**
 * Brings runs to completion: threads of this process ({@link LocalRunEngine}) or the tasks of a
 * Spark job ({@code org.ganlab.experiments.spark.SparkRunEngine}). Engines only move runs along;
 * tables are built from the run directories afterwards, so they do not depend on the engine.
 */
public interface RunEngine {
  /**
   * Completes every task ({@link RunTask#complete}) and returns their outcomes in task order.
   *
   * @param tasks the runs, each with its own run directory
   * @return one outcome per task
   */
  List<RunOutcome> complete(List<RunTask> tasks);

  /**
   * {@return whether the runs train on this machine} Planning then refuses, before anything trains,
   * a run this machine's CPU cannot (bf16 without bfloat16 instructions).
   */
  default boolean trainsOnThisMachine() {
    return true;
  }
}
