package org.ganlab.experiments;

/**
 * When a run does what, in generator steps.
 *
 * @param steps total generator updates
 * @param sampleEvery sample-grid interval (the last step always gets one)
 * @param checkpointEvery checkpoint interval (the last step always gets one)
 * @param keepCheckpoints how many of the newest checkpoints to keep
 * @param logEvery progress-line interval when output is not a terminal
 * @param gridSize number of images in a sample grid (a square number reads best)
 */
public record Schedule(long steps, long sampleEvery, long checkpointEvery, int keepCheckpoints,
    long logEvery, int gridSize) {}
