package org.ganlab.core.data;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.config.Checks;
import org.ganlab.core.seed.Seeds;

/**
 * A mixture of equally weighted isotropic 2D Gaussians, the toy data of the mode-collapse
 * literature (e.g. Metz et al. 2017, Unrolled GANs; Srivastava et al. 2017, VEEGAN).
 *
 * <p>This class is the distribution itself (centres and standard deviation), which the mode
 * coverage metrics need; {@link #source(Seeds)} turns it into a {@link DataSource}. The samples of
 * a step are a pure function of (root seed, step): step {@code s} draws from {@code
 * SplittableRandom(seeds.seed("data", s))}, each sample picking a component uniformly and then a
 * Gaussian offset. Labels are the component indices.
 *
 * <p>Immutable and thread-safe.
 */
public final class GaussianMixture2D {
  /** The purpose under which per-step sampling seeds are derived. */
  public static final String SEED_PURPOSE = "data";

  private final String name;
  private final double[][] centres;
  private final double std;

  /**
   * A mixture with the given centres and per-axis standard deviation.
   *
   * @param name a short name for logs and run directories, e.g. "ring8"
   * @param centres the component means, each {x, y}
   * @param std the standard deviation of every component along each axis, {@code > 0}
   */
  public GaussianMixture2D(String name, double[][] centres, double std) {
    this.name = Objects.requireNonNull(name, "name");
    if (centres.length == 0) {
      throw new IllegalArgumentException("a mixture needs at least one component");
    }
    if (!(std > 0) || Double.isInfinite(std)) {
      throw new IllegalArgumentException("std must be positive and finite, got " + std);
    }
    this.centres = new double[centres.length][];
    for (int i = 0; i < centres.length; i++) {
      if (centres[i].length != 2) {
        throw new IllegalArgumentException("centre " + i + " is not 2D");
      }
      this.centres[i] = centres[i].clone();
    }
    this.std = std;
  }

  /** {@return the ring of 8 Gaussians on a circle of radius 2 with std 0.02} */
  public static GaussianMixture2D ring8() {
    return ring("ring8", 8, 2.0, 0.02);
  }

  /**
   * {@return {@code modes} Gaussians evenly spaced on a circle of radius {@code radius}, the first
   * on the positive x axis, counter-clockwise}
   *
   * @param name the mixture's name
   * @param modes the number of components
   * @param radius the circle's radius
   * @param std the standard deviation of each component along each axis
   */
  public static GaussianMixture2D ring(String name, int modes, double radius, double std) {
    double[][] c = new double[modes][];
    for (int k = 0; k < modes; k++) {
      // StrictMath: the centres must not depend on the platform's intrinsics.
      double angle = 2 * StrictMath.PI * k / modes;
      c[k] = new double[] {radius * StrictMath.cos(angle), radius * StrictMath.sin(angle)};
    }
    return new GaussianMixture2D(name, c, std);
  }

  /**
   * {@return the 5x5 grid of 25 Gaussians with means at -4, -2, 0, 2, 4 on each axis and std 0.05}
   */
  public static GaussianMixture2D grid25() {
    return grid("grid25", 5, 2.0, 0.05);
  }

  /**
   * {@return a {@code perAxis} x {@code perAxis} grid centred on the origin with {@code spacing}
   * between neighbouring means; mode {@code i * perAxis + j} is at (x_i, y_j)}
   *
   * @param name the mixture's name
   * @param perAxis the number of means along each axis
   * @param spacing the distance between neighbouring means
   * @param std the standard deviation of each component along each axis
   */
  public static GaussianMixture2D grid(String name, int perAxis, double spacing, double std) {
    double[][] c = new double[perAxis * perAxis][];
    double offset = (perAxis - 1) / 2.0;
    for (int i = 0; i < perAxis; i++) {
      for (int j = 0; j < perAxis; j++) {
        c[i * perAxis + j] = new double[] {(i - offset) * spacing, (j - offset) * spacing};
      }
    }
    return new GaussianMixture2D(name, c, std);
  }

  /** {@return the mixture's name} */
  public String name() {
    return name;
  }

  /** {@return the number of components (modes)} */
  public int numModes() {
    return centres.length;
  }

  /** {@return a copy of all centres, each {x, y}} */
  public double[][] centres() {
    double[][] out = new double[centres.length][];
    for (int i = 0; i < centres.length; i++) {
      out[i] = centres[i].clone();
    }
    return out;
  }

  /**
   * {@return a copy of centre {@code mode}, {x, y}}
   *
   * @param mode the component, in [0, numModes)
   */
  public double[] centre(int mode) {
    return centres[mode].clone();
  }

  /** {@return the standard deviation of each component along each axis} */
  public double std() {
    return std;
  }

  /**
   * {@return the index of the centre nearest to (x, y) (the lowest index on a tie)}
   *
   * @param x the point's x coordinate
   * @param y the point's y coordinate
   */
  public int nearestMode(double x, double y) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int k = 0; k < centres.length; k++) {
      double dx = x - centres[k][0];
      double dy = y - centres[k][1];
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }

  /**
   * {@return the Euclidean distance from (x, y) to the nearest centre}
   *
   * @param x the point's x coordinate
   * @param y the point's y coordinate
   */
  public double distanceToNearestMode(double x, double y) {
    double[] c = centres[nearestMode(x, y)];
    return Math.hypot(x - c[0], y - c[1]);
  }

  /**
   * {@return the {@code n} samples of step {@code step}: a {@code [n, 2]} batch labelled with
   * component indices} Pure in (seeds.root(), step, n), and the first {@code m} samples are the
   * same for every {@code n >= m}.
   *
   * @param seeds the run's seeds
   * @param step the training step
   * @param n the number of samples
   */
  public Batch sample(Seeds seeds, long step, int n) {
    Checks.positive("batch size", n);
    Rng rng = new Rng(seeds.seed(SEED_PURPOSE, step));
    float[] values = new float[2 * n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int k = rng.nextInt(centres.length);
      labels[i] = k;
      values[2 * i] = (float) (centres[k][0] + std * rng.nextGaussian());
      values[2 * i + 1] = (float) (centres[k][1] + std * rng.nextGaussian());
    }
    return new Batch(new int[] {n, 2}, values, labels);
  }

  /**
   * {@return this mixture as a data source: its step-{@code s} batch is {@code sample(seeds, s,
   * b)}}
   *
   * @param seeds the run's seeds
   */
  public Source source(Seeds seeds) {
    return new Source(this, seeds);
  }

  @Override
  public String toString() {
    return "GaussianMixture2D[" + name + ", " + centres.length + " modes, std " + std + "]";
  }

  /** A {@link GaussianMixture2D} sampled afresh at every step. */
  public static final class Source implements DataSource {
    private final GaussianMixture2D mixture;
    private final Seeds seeds;

    private Source(GaussianMixture2D mixture, Seeds seeds) {
      this.mixture = mixture;
      this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /** {@return the distribution being sampled (centres and std, for the metrics)} */
    public GaussianMixture2D mixture() {
      return mixture;
    }

    /** Always {@link DataSource#UNBOUNDED}: there is no finite example set. */
    @Override
    public int size() {
      return UNBOUNDED;
    }

    @Override
    public int[] shape() {
      return new int[] {2};
    }

    /** The number of components; labels are component indices. */
    @Override
    public int numClasses() {
      return mixture.numModes();
    }

    @Override
    public Batch batch(long step, int batchSize) {
      Checks.nonNegative("step", step);
      return mixture.sample(seeds, step, batchSize);
    }

    @Override
    public Map<String, String> fileChecksums() {
      return Map.of();
    }
  }
}
