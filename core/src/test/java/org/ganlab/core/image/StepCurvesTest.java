package org.ganlab.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepCurvesTest {
  private static int[] rgb(ImageGrid.Tiled p, int column, int row) {
    int i = 3 * (row * p.width() + column);
    byte[] px = p.pixels();
    return new int[] {px[i] & 0xff, px[i + 1] & 0xff, px[i + 2] & 0xff};
  }

  @Test
  void eachCurveIsDrawnInItsColourWhereItsAxesPutIt() {
    // Steps 0..10 pad to [-0.5, 10.5]; column 200 (step 4.6, no grid line) crosses both curves.
    // Values 1 and 3 pad to [0.9, 3.1]: value 1 at row 279 - round(0.1 / 2.2 * 259) = 267, value
    // 3 at row 279 - round(2.1 / 2.2 * 259) = 32.
    double[] steps = {0, 10};
    StepCurves curves =
        new StepCurves(
            List.of(
                new StepCurves.Series(steps, new double[] {1, 1}),
                new StepCurves.Series(steps, new double[] {3, 3})),
            false);
    ImageGrid.Tiled p = curves.render();
    assertThat(p.width()).isEqualTo(StepCurves.WIDTH);
    assertThat(p.height()).isEqualTo(StepCurves.HEIGHT);
    assertThat(rgb(p, 200, 267)).containsExactly(31, 60, 160);
    assertThat(rgb(p, 200, 32)).containsExactly(220, 30, 30);
    assertThat(rgb(p, 200, 150))
        .as("between the curves: background")
        .containsExactly(255, 255, 255);
    assertThat(StepCurves.colourName(0)).isEqualTo("blue");
    assertThat(StepCurves.colourName(1)).isEqualTo("red");
    assertThat(curves.describeAxes()).startsWith("step: -0.5000 to 10.50, linear");
  }

  @Test
  void aLogAxisPlacesDecadesEvenlyAndLeavesOutValuesAtMostZero() {
    PlotAxis y = PlotAxis.covering(new double[] {1e-4, 1e-1, 0, -1}, true);
    // log10 range [-4, -1] padded by 5 % of 3 on each side.
    assertThat(Math.log10(y.low())).isCloseTo(-4.15, within(1e-12));
    assertThat(Math.log10(y.high())).isCloseTo(-0.85, within(1e-12));
    assertThat(y.position(1e-2) - y.position(1e-3))
        .isCloseTo(y.position(1e-3) - y.position(1e-4), within(1e-12));
    assertThat(y.ticks()).hasSize(4);
  }

  @Test
  void refusesMoreCurvesThanItHasColoursAndMismatchedArrays() {
    StepCurves.Series one = new StepCurves.Series(new double[] {0}, new double[] {1});
    assertThatThrownBy(() -> new StepCurves(List.of(), false))
        .hasMessageContaining("1 to 6 curves, got 0");
    assertThatThrownBy(() -> new StepCurves(java.util.Collections.nCopies(7, one), false))
        .hasMessageContaining("got 7");
    assertThatThrownBy(() -> new StepCurves.Series(new double[] {0, 1}, new double[] {1}))
        .hasMessageContaining("2 steps but 1 values");
  }
}
