/**
 * Baselines that benchmarks time the project's models against: the same networks written as plain
 * TensorFlow Java loops, with no class of this project.
 */
package org.ganlab.models.bench;
