/**
 * The library's training hooks ({@link org.ganlab.core.train.TrainingHook}): the NaN guard,
 * checkpoints with retention and best-by-metric, periodic evaluation, the per-step CSVs ({@link
 * org.ganlab.core.train.hooks.StepCsvHook}: metrics.csv and timing.csv) sample pictures ({@link
 * org.ganlab.core.train.hooks.SampleHook}) and a single GAN's training diagnostics ({@link
 * org.ganlab.core.train.hooks.DiagnosticsHook}: diagnostics.csv). TensorBoard and the progress
 * display are the experiments module's.
 */
package org.ganlab.core.train.hooks;
