package org.ganlab.core.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

/**
 * Layers applied one after another.
 *
 * @param <T> the compute dtype
 */
public final class Sequential<T extends TFloating> implements Layer<T> {
  private final List<Layer<T>> layers;

  /**
   * A stack of layers, applied in list order.
   *
   * @param layers the layers, first applied first
   */
  public Sequential(List<Layer<T>> layers) {
    this.layers = List.copyOf(layers);
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Operand<T> y = x;
    for (Layer<T> layer : layers) {
      y = layer.apply(y, mode);
    }
    return y;
  }

  /** {@return the layers, in order} */
  public List<Layer<T>> layers() {
    return layers;
  }
}
