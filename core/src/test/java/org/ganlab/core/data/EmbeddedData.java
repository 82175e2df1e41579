package org.ganlab.core.data;

/**
 * The embedded Fashion-MNIST, loaded once per test JVM (it takes a second or two) and shared by the
 * test classes that need real images. The holder idiom makes the load lazy and thread-safe; the
 * loaded value is immutable.
 */
final class EmbeddedData {
  private EmbeddedData() {}

  private static final class Holder {
    static final FashionMnist FASHION_MNIST = FashionMnist.embedded();
  }

  static FashionMnist fashionMnist() {
    return Holder.FASHION_MNIST;
  }
}
