/**
 * Data sources for ganlab: the IDX reader, Fashion-MNIST (embedded or from a directory), the
 * synthetic sets of the mode-collapse literature (2D Gaussian mixtures, stacked Fashion-MNIST) and
 * unpaired two-domain data for translation.
 *
 * <p>Every source implements {@link org.ganlab.core.data.DataSource}: the batch for a training step
 * is a pure function of (root seed, step, batch size), so a resumed run reads exactly the batches
 * an uninterrupted run would have read. Randomness comes only from {@link
 * org.ganlab.core.seed.Seeds}.
 */
package org.ganlab.core.data;
