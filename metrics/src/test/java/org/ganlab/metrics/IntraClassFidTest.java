package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntraClassFidTest {
  private final IntraClassFid intra = new IntraClassFid();

  /** The well-conditioned fixture (400 x 64): even rows are class 0, odd rows class 1. */
  private static final FeatureMatrix REAL = Fixtures.matrix("fid_well_a.npy");

  private static int[] parityLabels(int n) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
    }
    return y;
  }

  private static int[] rowsOf(int[] labels, int c) {
    return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
  }

  @Test
  void meanOfPerClassMeanShifts() {
    // Class 0 generated as its real rows + (3, -4, 0, ...), class 1 as its real rows + (0, 1, ...):
    // equal covariances, so the per-class FIDs are the squared shifts, 25 and 1, and the mean 13.
    double[][] x = REAL.toArray();
    int[] labels = parityLabels(x.length);
    for (int i = 0; i < x.length; i++) {
      if (labels[i] == 0) {
        x[i][0] += 3.0;
        x[i][1] -= 4.0;
      } else {
        x[i][1] += 1.0;
      }
    }
    IntraClassFid.Result r = intra.compute(REAL, labels, FeatureMatrix.of(x), labels, 2);
    assertThat(r.perClass()).hasSize(2);
    assertThat(r.perClass().get(0)).isCloseTo(25.0, within(1e-9));
    assertThat(r.perClass().get(1)).isCloseTo(1.0, within(1e-9));
    assertThat(r.mean()).isCloseTo(13.0, within(1e-9));
  }

  @Test
  void wrongClassesScoreBadlyWhereTheFidOfAllSamplesIsZero() {
    // The generator draws exactly the real images, but every one for the other class's label:
    // the FID of all samples is 0, the intra-class FID is FID(class 0, class 1) (symmetric).
    int[] labels = parityLabels(REAL.rows());
    int[] swapped = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      swapped[i] = 1 - labels[i];
    }
    FrechetInceptionDistance fid = new FrechetInceptionDistance();
    double between =
        fid.distance(REAL.selectRows(rowsOf(labels, 0)), REAL.selectRows(rowsOf(labels, 1)));
    assertThat(between).isGreaterThan(1.0);
    assertThat(fid.distance(REAL, REAL)).isCloseTo(0.0, within(1e-9));

    IntraClassFid.Result r = intra.compute(REAL, labels, REAL, swapped, 2);
    assertThat(r.perClass().get(0)).isCloseTo(between, within(1e-9 * between));
    assertThat(r.perClass().get(1)).isCloseTo(between, within(1e-9 * between));
    assertThat(r.mean()).isCloseTo(between, within(1e-9 * between));

    // And with the right labels it is 0 for every class.
    IntraClassFid.Result right = intra.compute(REAL, labels, REAL, labels, 2);
    assertThat(right.mean()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void namesTheClassesWithNoMoreRowsThanDimensions() {
    // 400 x 64: class 0 gets 340 rows, class 1 the last 60 (60 <= 64: a singular covariance).
    int[] labels = new int[REAL.rows()];
    for (int i = 340; i < labels.length; i++) {
      labels[i] = 1;
    }
    IntraClassFid.Result r = intra.compute(REAL, labels, REAL, labels, 2);
    assertThat(r.singularClasses()).containsExactly(1);
    assertThat(r.perClass()).allSatisfy(v -> assertThat(v).isCloseTo(0.0, within(1e-9)));
    assertThat(intra.compute(REAL, parityLabels(400), REAL, parityLabels(400), 2).singularClasses())
        .isEmpty();
  }

  @Test
  void usesOnlyTheRowsOfEachClassInAnyOrder() {
    // Generated rows interleaved differently (class c at rows i % 3 == c) than the real ones.
    FeatureMatrix b = Fixtures.matrix("fid_well_b.npy");
    int[] realLabels = new int[REAL.rows()];
    for (int i = 0; i < realLabels.length; i++) {
      realLabels[i] = i < 200 ? 0 : i < 300 ? 1 : 2;
    }
    int[] genLabels = new int[b.rows()];
    for (int i = 0; i < genLabels.length; i++) {
      genLabels[i] = i % 3;
    }
    FrechetInceptionDistance fid = new FrechetInceptionDistance();
    double expected = 0;
    for (int c = 0; c < 3; c++) {
      expected +=
          fid.distance(REAL.selectRows(rowsOf(realLabels, c)), b.selectRows(rowsOf(genLabels, c)));
    }
    expected /= 3;
    assertThat(intra.compute(REAL, realLabels, b, genLabels, 3).mean())
        .isCloseTo(expected, within(1e-12 * expected));
  }

  @Test
  void rejectsMissingClassesAndBadLabels() {
    int[] labels = parityLabels(REAL.rows());
    assertThatThrownBy(() -> intra.compute(REAL, labels, REAL, labels, 3))
        .hasMessageContaining("class 2 has 0 real rows");
    int[] bad = labels.clone();
    bad[7] = 5;
    assertThatThrownBy(() -> intra.compute(REAL, labels, REAL, bad, 2))
        .hasMessageContaining("generated label 5 of row 7 out of [0, 2)");
    assertThatThrownBy(() -> intra.compute(REAL, new int[3], REAL, labels, 2))
        .hasMessageContaining("400 real rows but 3 labels");
  }
}
