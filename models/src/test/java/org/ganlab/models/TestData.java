package org.ganlab.models;

import org.ganlab.core.data.FashionMnist;

/**
 * The embedded Fashion-MNIST, loaded once per test JVM: decompressing and checksumming the four
 * files takes seconds on a busy machine, and every learning test needs them.
 */
final class TestData {
  static final FashionMnist FASHION = FashionMnist.embedded();

  private TestData() {}
}
