package org.ganlab.core.train.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PowerIterationTest {
  @Test
  void diagonalMatrixGivesItsLargestEntry() {
    float[] w = {3, 0, 0, 1};
    assertThat(PowerIteration.largestSingularValue(w, 2, 2, 20)).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void rankOneMatrixGivesTheProductOfNorms() {
    // [1 2 2; 0 0 0] = e1 (1,2,2)^T: singular value |(1,2,2)| = 3.
    float[] w = {1, 2, 2, 0, 0, 0};
    assertThat(PowerIteration.largestSingularValue(w, 2, 3, 1)).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void symmetricMatrixGivesItsLargestEigenvalue() {
    // [[2,1],[1,2]] has eigenvalues 3 and 1.
    float[] w = {2, 1, 1, 2};
    assertThat(PowerIteration.largestSingularValue(w, 2, 2, 20)).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void convolutionKernelReshapedToColumns() {
    // A [1,1,2,2] kernel is the 2x2 matrix itself: [[0,4],[3,0]] has singular values 4 and 3.
    float[] w = {0, 4, 3, 0};
    assertThat(PowerIteration.largestSingularValue(w, 2, 2, 30)).isCloseTo(4.0, within(1e-6));
  }

  @Test
  void generalMatrixConvergesFromBelowToItsLargestSingularValue() {
    // numpy.linalg.svd([[0.3,-1.2],[0.7,2.5],[0.1,-0.4]]) (float32 entries): 2.84480333,
    // 0.58914695.
    float[] w = {0.3f, -1.2f, 0.7f, 2.5f, 0.1f, -0.4f};
    double sigma = 2.84480333;
    assertThat(PowerIteration.largestSingularValue(w, 3, 2, 30)).isCloseTo(sigma, within(1e-8));
    // |W v| for a unit v never exceeds the largest singular value: every estimate is a lower bound.
    assertThat(PowerIteration.largestSingularValue(w, 3, 2, 1)).isLessThanOrEqualTo(sigma);
    assertThat(PowerIteration.largestSingularValue(new float[4], 2, 2, 5)).isZero();
  }

  @Test
  void rejectsMismatchedSizes() {
    assertThatThrownBy(() -> PowerIteration.largestSingularValue(new float[5], 2, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 x 3 matrix needs 6 values, got 5");
  }
}
