package org.ganlab.models;

/**
 * A {@link CycleGan}'s hyperparameters, copied to be changed one at a time: what the record's
 * {@code with...} methods build their copies with. {@link #build()} validates as the record's
 * constructor does.
 */
final class CycleGanCopy {
  private int imageSize;
  private int channels;
  private int channelsB;
  private int generatorFilters;
  private int residualBlocks;
  private int discriminatorFilters;
  private double leakySlope;
  private double initStd;
  private Normalization normalization;
  private boolean coordinates;
  private boolean widthMixing;
  private GeneratorTopology generator;

  private CycleGanCopy(CycleGan g) {
    imageSize = g.imageSize();
    channels = g.channels();
    channelsB = g.channelsB();
    generatorFilters = g.generatorFilters();
    residualBlocks = g.residualBlocks();
    discriminatorFilters = g.discriminatorFilters();
    leakySlope = g.leakySlope();
    initStd = g.initStd();
    normalization = g.normalization();
    coordinates = g.coordinates();
    widthMixing = g.widthMixing();
    generator = g.generator();
  }

  static CycleGanCopy of(CycleGan g) {
    return new CycleGanCopy(g);
  }

  CycleGanCopy imageSize(int s) {
    imageSize = s;
    return this;
  }

  CycleGanCopy channels(int c) {
    channels = c;
    return this;
  }

  CycleGanCopy channelsB(int c) {
    channelsB = c;
    return this;
  }

  CycleGanCopy generatorFilters(int f) {
    generatorFilters = f;
    return this;
  }

  CycleGanCopy residualBlocks(int n) {
    residualBlocks = n;
    return this;
  }

  CycleGanCopy discriminatorFilters(int f) {
    discriminatorFilters = f;
    return this;
  }

  CycleGanCopy leakySlope(double s) {
    leakySlope = s;
    return this;
  }

  CycleGanCopy initStd(double std) {
    initStd = std;
    return this;
  }

  CycleGanCopy normalization(Normalization n) {
    normalization = n;
    return this;
  }

  CycleGanCopy coordinates(boolean c) {
    coordinates = c;
    return this;
  }

  CycleGanCopy widthMixing(boolean w) {
    widthMixing = w;
    return this;
  }

  CycleGanCopy generator(GeneratorTopology g) {
    generator = g;
    return this;
  }

  CycleGan build() {
    return new CycleGan(
        imageSize,
        channels,
        channelsB,
        generatorFilters,
        residualBlocks,
        discriminatorFilters,
        leakySlope,
        initStd,
        normalization,
        coordinates,
        widthMixing,
        generator);
  }
}
