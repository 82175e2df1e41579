package org.ganlab.experiments;

import java.nio.file.Path;

/**
 * How a run ended.
 *
 * @param runDir its directory
 * @param steps generator steps completed
 * @param msPerStep mean wall-clock milliseconds per step over the steps run by this process
 * @param imagesPerSecond real examples consumed by D updates per second
 */
public record RunResult(Path runDir, long steps, double msPerStep, double imagesPerSecond) {}
