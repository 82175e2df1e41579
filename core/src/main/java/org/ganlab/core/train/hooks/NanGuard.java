package org.ganlab.core.train.hooks;

import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Stops training at the first step whose loss or named term is NaN or infinite, naming the step and
 * the value. Put it first among the hooks, so that no later hook checkpoints or logs the broken
 * weights: the last good checkpoint stays the newest.
 */
public final class NanGuard implements TrainingHook {
  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    String bad = record.firstNonFinite();
    if (bad != null) {
      float v =
          bad.equals("discriminator loss")
              ? record.discriminatorLoss()
              : bad.equals("generator loss") ? record.generatorLoss() : record.terms().get(bad);
      throw new NonFiniteLossException(record.step(), bad, v);
    }
  }
}
