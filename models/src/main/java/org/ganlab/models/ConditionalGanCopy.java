package org.ganlab.models;

/**
 * A {@link ConditionalGan}'s hyperparameters, copied to be changed one at a time: what the record's
 * {@code with...} methods build their copies with. {@link #build()} validates as the record's
 * constructor does.
 */
final class ConditionalGanCopy {
  private int numClasses;
  private ConditionalGan.Head head;
  private ConditionalGan.LabelInput labelInput;
  private int embeddingDim;
  private int latentDim;
  private int filters;
  private int channels;
  private int kernelSize;
  private double leakySlope;
  private double initStd;
  private Normalization discriminatorNorm;

  private ConditionalGanCopy(ConditionalGan g) {
    numClasses = g.numClasses();
    head = g.head();
    labelInput = g.labelInput();
    embeddingDim = g.embeddingDim();
    latentDim = g.latentDim();
    filters = g.filters();
    channels = g.channels();
    kernelSize = g.kernelSize();
    leakySlope = g.leakySlope();
    initStd = g.initStd();
    discriminatorNorm = g.discriminatorNorm();
  }

  static ConditionalGanCopy of(ConditionalGan g) {
    return new ConditionalGanCopy(g);
  }

  ConditionalGanCopy numClasses(int k) {
    numClasses = k;
    return this;
  }

  ConditionalGanCopy head(ConditionalGan.Head h) {
    head = h;
    return this;
  }

  ConditionalGanCopy labelInput(ConditionalGan.LabelInput l) {
    labelInput = l;
    return this;
  }

  ConditionalGanCopy embeddingDim(int d) {
    embeddingDim = d;
    return this;
  }

  ConditionalGanCopy latentDim(int d) {
    latentDim = d;
    return this;
  }

  ConditionalGanCopy filters(int f) {
    filters = f;
    return this;
  }

  ConditionalGanCopy channels(int c) {
    channels = c;
    return this;
  }

  ConditionalGanCopy kernelSize(int k) {
    kernelSize = k;
    return this;
  }

  ConditionalGanCopy leakySlope(double s) {
    leakySlope = s;
    return this;
  }

  ConditionalGanCopy initStd(double std) {
    initStd = std;
    return this;
  }

  ConditionalGanCopy discriminatorNorm(Normalization n) {
    discriminatorNorm = n;
    return this;
  }

  ConditionalGan build() {
    return new ConditionalGan(
        numClasses,
        head,
        labelInput,
        embeddingDim,
        latentDim,
        filters,
        channels,
        kernelSize,
        leakySlope,
        initStd,
        discriminatorNorm);
  }
}
