package org.ganlab.experiments;

import org.ganlab.core.data.FashionMnist;

/** Resolves the data a run reads: --data-dir if given, else the embedded copy. */
public final class Datasets {
  private Datasets() {}

  /** Fashion-MNIST from the run's --data-dir or the copy embedded in ganlab. */
  public static FashionMnist fashionMnist(RunContext ctx) {
    return ctx.dataDir().map(FashionMnist::fromDirectory).orElseGet(FashionMnist::embedded);
  }
}
