/**
 * Evaluation pipelines: generate, extract features, compute metrics. Each {@link
 * org.ganlab.metrics.eval.Evaluator} scores what it is given (any {@link
 * org.ganlab.core.train.Sampler}, or a {@link org.ganlab.metrics.eval.TranslationPair}) and returns
 * named values in a fixed order; the same subject and seeds always give the same values.
 *
 * <ul>
 *   <li>{@link org.ganlab.metrics.eval.FashionEvaluator} and {@link
 *       org.ganlab.metrics.eval.ConditionalFashionEvaluator}: 28x28 grayscale images against a
 *       reference set, with the project's Fashion-MNIST classifier's features ({@link
 *       org.ganlab.metrics.eval.ReferenceFeatures} keeps the reference set's in a feature cache);
 *   <li>{@link org.ganlab.metrics.eval.MixtureEvaluator}: mode coverage of 2D Gaussian mixtures;
 *   <li>{@link org.ganlab.metrics.eval.StackedEvaluator}: mode coverage of stacked Fashion-MNIST;
 *   <li>{@link org.ganlab.metrics.eval.TranslationEvaluator}: unpaired translation against a known
 *       transform ({@link org.ganlab.metrics.eval.TranslationBaselines} for untrained mappings);
 *   <li>{@link org.ganlab.metrics.eval.RealImagesBaseline}: real training images scored as a
 *       generator's, the FID floor of benchmark tables;
 *   <li>{@link org.ganlab.metrics.eval.Generation}: the chunked, seeded sample draws they share;
 *   <li>{@link org.ganlab.metrics.eval.MetricInputs}: files (features, statistics, images) turned
 *       into what the metrics take, and {@link org.ganlab.metrics.eval.FileMetrics}: the metrics of
 *       such files, as {@code ganlab metrics} computes them.
 * </ul>
 *
 * <p>Scoring a generator takes a few lines:
 *
 * <pre>{@code
 * try (FashionEvaluator eval = new FashionEvaluator(FashionMnist.embedded().test(),
 *     new Seeds(0), 2000)) {
 *   Map<String, Number> scores = eval.evaluate(new LatentSampler(trainer, 0));
 * }
 * }</pre>
 */
package org.ganlab.metrics.eval;
