/**
 * Evaluation of character-level text generators (Gulrajani et al. 2017, section 5.5; Press et al.
 * 2017): decoding softmax output to words ({@link org.ganlab.metrics.text.SoftmaxWords}), n-gram
 * and length statistics against held-out words ({@link org.ganlab.metrics.text.TextMetrics}), the
 * evaluation pipeline for any text {@link org.ganlab.core.train.Sampler} ({@link
 * org.ganlab.metrics.text.TextEvaluator}) and the baselines it scores with the same code: a
 * character n-gram model and uniform random letters.
 */
package org.ganlab.metrics.text;
