package org.ganlab.core.train;

import java.util.List;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

/**
 * How one update's inputs become feeds: the data batch at an index of the data sequence and the
 * seeds of the graph's random streams for that update. A GAN family supplies one ({@link GanFeeder}
 * for a single GAN); the trainer calls it once per {@code Session.run}.
 *
 * <p>For runs to be reproducible and resumable the feeds must be a pure function of ({@code
 * batchIndex}, {@code update}) and the root seed.
 */
@FunctionalInterface
public interface Feeder {
  /**
   * Adds the feeds of one update to {@code runner}.
   *
   * @param runner the runner of the update's session run
   * @param batchIndex index of the data batch in the run's data sequence
   * @param update index of the update (D and G updates counted together), for random streams
   * @return the tensors created, which the trainer closes after the run
   */
  List<Tensor> feed(Session.Runner runner, long batchIndex, long update);
}
