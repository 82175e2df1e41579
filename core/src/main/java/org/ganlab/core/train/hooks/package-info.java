/**
 * The library's training hooks ({@link org.ganlab.core.train.TrainingHook}): the NaN guard,
 * checkpoints with retention and best-by-metric, and periodic evaluation. Writers of files a run
 * directory holds (CSV, TensorBoard, pictures) are hooks of the experiments module.
 */
package org.ganlab.core.train.hooks;
