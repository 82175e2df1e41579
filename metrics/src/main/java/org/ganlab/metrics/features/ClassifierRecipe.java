package org.ganlab.metrics.features;

/**
 * How {@link ImageClassifierTrainer} trains: Adam (betas 0.9 / 0.999, epsilon 1e-8) on the mean
 * softmax cross-entropy, for a fixed number of steps whatever the data's size, so that classifiers
 * trained on different data sets differ in their data only.
 *
 * @param steps Adam steps
 * @param batchSize examples per step
 * @param learningRate Adam's step size
 */
public record ClassifierRecipe(long steps, int batchSize, double learningRate) {
  /**
   * Validates the values.
   *
   * @param steps Adam steps, at least 1
   * @param batchSize examples per step, at least 1
   * @param learningRate Adam's step size, positive
   */
  public ClassifierRecipe {
    if (steps <= 0 || batchSize <= 0 || !(learningRate > 0)) {
      throw new IllegalArgumentException(
          "steps, batchSize and learningRate must be positive, got "
              + steps
              + ", "
              + batchSize
              + ", "
              + learningRate);
    }
  }

  /**
   * {@return this recipe with another step count}
   *
   * @param newSteps Adam steps, at least 1
   */
  public ClassifierRecipe withSteps(long newSteps) {
    return new ClassifierRecipe(newSteps, batchSize, learningRate);
  }
}
