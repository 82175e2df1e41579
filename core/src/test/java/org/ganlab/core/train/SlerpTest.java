package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlerpTest {
  @Test
  void halfwayBetweenOrthogonalUnitVectorsIsOnTheCircle() {
    float[] m = LatentInterpolation.slerp(new float[] {1, 0}, new float[] {0, 1}, 0.5);
    double r = Math.sqrt(0.5);
    assertThat((double) m[0]).isCloseTo(r, within(1e-7));
    assertThat((double) m[1]).isCloseTo(r, within(1e-7));
  }

  @Test
  void endpointsAreExact() {
    float[] a = {0.3f, -1.7f, 2.2f};
    float[] b = {-0.9f, 0.4f, 1.1f};
    assertThat(LatentInterpolation.slerp(a, b, 0)).containsExactly(a);
    assertThat(LatentInterpolation.slerp(a, b, 1)).containsExactly(b);
  }

  @Test
  void parallelCodesFallBackToTheStraightLine() {
    float[] m = LatentInterpolation.slerp(new float[] {1, 1}, new float[] {3, 3}, 0.25);
    assertThat(m).containsExactly(1.5f, 1.5f);
  }
}
