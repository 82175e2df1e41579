package org.ganlab.losses;

import org.ganlab.core.train.GanLoss;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Names the two loss tensors the same way for every loss, so graphs are easy to inspect. */
final class LossPair {
  private LossPair() {}

  static GanLoss named(Ops tf, Operand<TFloat32> generator, Operand<TFloat32> discriminator) {
    return GanLoss.of(
        tf.withName("generator_loss").identity(generator),
        tf.withName("discriminator_loss").identity(discriminator));
  }
}
