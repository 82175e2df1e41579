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
 * @param evalEvery evaluation interval (step 0 and the last step are evaluated too); 0 = never
 */
public record Schedule(
    long steps,
    long sampleEvery,
    long checkpointEvery,
    int keepCheckpoints,
    long logEvery,
    int gridSize,
    long evalEvery) {

  /** Whether a run evaluates at {@code step}. */
  public boolean evaluatesAt(long step) {
    return evalEvery > 0 && (step % evalEvery == 0 || step == steps);
  }
}
