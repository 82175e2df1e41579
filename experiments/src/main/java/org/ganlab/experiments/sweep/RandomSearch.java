package org.ganlab.experiments.sweep;

/**
 * How many points random search draws, and the seed of its own random stream (independent of the
 * runs' seeds, so adding a seed to the sweep keeps its trials).
 *
 * @param budget points drawn (each combined with every grid point)
 * @param seed seed of the draws
 */
public record RandomSearch(int budget, long seed) {}
