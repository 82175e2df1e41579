package org.ganlab.metrics.eval;

/**
 * The two directions of an unpaired translator, what {@link TranslationEvaluator} scores. A pair of
 * functions rather than core's {@code Translator} (a final class bound to one CycleGAN trainer's
 * graph), so a fixed reference mapping or any other model is scored by the same code; a trainer's
 * translator is {@code new TranslationPair(t::translateAToB, t::translateBToA)}.
 *
 * @param aToB G: domain A to domain B
 * @param bToA F: domain B back to domain A
 */
public record TranslationPair(ImageMapping aToB, ImageMapping bToA) {}
