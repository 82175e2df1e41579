package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.IdxArray;
import org.ganlab.core.data.IdxReader;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.experiments.CliOutcome;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.InceptionScore;
import org.ganlab.metrics.features.FashionClassifier;
import org.ganlab.metrics.io.NpyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab metrics ...} and {@code ganlab bench fid} end to end, on the metrics module's
 * fixtures (whose expected values come from NumPy/SciPy, see {@code make_fixtures.py}) and on
 * Fashion-MNIST test images written to IDX and PNG files here.
 */
class MetricsCommandTest {
  /** The metrics module's committed fixtures; Surefire runs tests in the module directory. */
  private static final Path FIXTURES = Path.of("../metrics/src/test/resources/fixtures");

  private static final Pattern NUMBER = Pattern.compile("[-+0-9.eE]+");

  @TempDir static Path tmp;

  private static Properties expected;
  private static Path idx200;
  private static Path idx30;
  private static Path idx30gz;
  private static Path png30;

  private static CliOutcome cli(String... args) {
    return CliOutcome.run(args);
  }

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  private static double ref(String key) {
    return Double.parseDouble(expected.getProperty(key));
  }

  /** The numbers on the stdout line that starts with {@code name + " "}. */
  private static double[] values(CliOutcome o, String name) {
    assertThat(o.code()).as("exit code; stderr: %s", o.err()).isZero();
    for (String line : o.out().split("\n")) {
      if (line.startsWith(name + " ")) {
        String[] parts = line.substring(name.length() + 1).split(" \\+- ");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          assertThat(parts[i]).matches(NUMBER);
          v[i] = Double.parseDouble(parts[i]);
        }
        return v;
      }
    }
    throw new AssertionError("no line '" + name + " ...' in:\n" + o.out());
  }

  @BeforeAll
  static void writeInputs() throws IOException {
    assertThat(FIXTURES.resolve("expected.properties")).as("metrics fixtures").exists();
    expected = new Properties();
    try (InputStream in = Files.newInputStream(FIXTURES.resolve("expected.properties"))) {
      expected.load(in);
    }
    String resource = "/org/ganlab/core/data/fashion-mnist/t10k-images-idx3-ubyte.gz";
    IdxArray test =
        IdxReader.read(
            resource, IdxReader.class.getResourceAsStream(resource), IdxReader.Kind.IMAGES);
    byte[] pixels = test.copyData();
    idx200 = writeIdx(tmp.resolve("fashion-200-idx3-ubyte"), pixels, 200, false);
    idx30 = writeIdx(tmp.resolve("fashion-30-idx3-ubyte"), pixels, 30, false);
    idx30gz = writeIdx(tmp.resolve("fashion-30.gz"), pixels, 30, true);
    png30 = Files.createDirectories(tmp.resolve("png30"));
    for (int i = 0; i < 30; i++) {
      BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      img.getRaster()
          .setDataElements(
              0, 0, 28, 28, java.util.Arrays.copyOfRange(pixels, i * 784, (i + 1) * 784));
      ImageIO.write(img, "png", png30.resolve(String.format("img%03d.png", i)).toFile());
    }
  }

  /** The first {@code n} 28x28 images as an IDX file: magic 0x00000803, dims, pixels. */
  private static Path writeIdx(Path file, byte[] pixels, int n, boolean gzip) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(16 + n * 784);
    b.putInt(0x00000803).putInt(n).putInt(28).putInt(28).put(pixels, 0, n * 784);
    try (OutputStream out =
        gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(b.array());
    }
    return file;
  }

  @Test
  void fidOfFeatureFilesEqualsTheLibraryAndTheReference() throws IOException {
    double fid =
        values(cli("metrics", "fid", fixture("fid_well_a.npy"), fixture("fid_well_b.npy")), "fid")[
            0];
    double direct =
        new FrechetInceptionDistance()
            .distance(
                NpyReader.readMatrix(FIXTURES.resolve("fid_well_a.npy")),
                NpyReader.readMatrix(FIXTURES.resolve("fid_well_b.npy")));
    assertThat(fid).isCloseTo(direct, within(1e-9 * direct));
    assertThat(fid).isCloseTo(ref("fid_well.exact"), within(1e-6 * ref("fid_well.exact")));
  }

  @Test
  void fidAcceptsNpzStatisticsOnEitherSide() {
    double exact = ref("fid_well.exact");
    double statsStats =
        values(
            cli("metrics", "fid", fixture("fid_well_a_stats.npz"), fixture("fid_well_b_stats.npz")),
            "fid")[0];
    double statsFeatures =
        values(
            cli("metrics", "fid", fixture("fid_well_a_stats.npz"), fixture("fid_well_b.npy")),
            "fid")[0];
    assertThat(statsStats).isCloseTo(exact, within(1e-6 * exact));
    assertThat(statsFeatures).isCloseTo(exact, within(1e-6 * exact));
  }

  @Test
  void fidOfImagesAgainstThemselvesIsZero() {
    CliOutcome o = cli("metrics", "fid", idx200.toString(), idx200.toString());
    assertThat(values(o, "fid")[0]).isBetween(0.0, 1e-9);
    assertThat(o.err()).contains("fashion-classifier").contains("200 x 128");
    // The same 30 images as plain IDX, gzipped IDX and a PNG folder give identical features.
    assertThat(values(cli("metrics", "fid", idx30.toString(), idx30gz.toString()), "fid")[0])
        .isBetween(0.0, 1e-9);
    assertThat(values(cli("metrics", "fid", idx30.toString(), png30.toString()), "fid")[0])
        .isBetween(0.0, 1e-9);
    // And different images are far apart.
    assertThat(values(cli("metrics", "fid", idx30.toString(), idx200.toString()), "fid")[0])
        .isGreaterThan(1e-3);
  }

  @Test
  void inceptionScoreOfImagesIsTheScoreOfTheClassifiersProbabilities() {
    double[] is = values(cli("metrics", "is", idx200.toString()), "is");
    InceptionScore.Result expected;
    try (FashionClassifier classifier = FashionClassifier.pretrained()) {
      ImageDataset test = FashionMnist.embedded().test();
      int[] first200 = java.util.stream.IntStream.range(0, 200).toArray();
      expected =
          new InceptionScore().compute(classifier.extract(test.batchOf(first200)).probabilities());
    }
    // Only the decimal printing between them.
    assertThat(is[0]).isCloseTo(expected.mean(), withinPercentage(1e-4));
    assertThat(is[1]).isCloseTo(expected.std(), withinPercentage(1e-3));
  }

  @Test
  void inceptionScoreOfProbabilityFileMatchesTheReference() {
    double[] is = values(cli("metrics", "is", fixture("is_probs.npy")), "is");
    assertThat(is[0]).isCloseTo(ref("is.split10.mean"), withinPercentage(1e-7));
    assertThat(is[1]).isCloseTo(ref("is.split10.std"), withinPercentage(1e-7));
    double one = values(cli("metrics", "is", fixture("is_probs.npy"), "--splits", "1"), "is")[0];
    assertThat(one).isCloseTo(ref("is.split1.mean"), withinPercentage(1e-7));
  }

  @Test
  void kidMatchesTheReferenceSubsets() {
    double[] kid =
        values(
            cli(
                "metrics",
                "kid",
                fixture("kid_x.npy"),
                fixture("kid_y.npy"),
                "--subsets",
                "5",
                "--subset-size",
                "50",
                "--seed",
                "12345"),
            "kid");
    assertThat(kid[0]).isCloseTo(ref("kid.s5_m50.mean"), withinPercentage(1e-6));
    assertThat(kid[1]).isCloseTo(ref("kid.s5_m50.std"), withinPercentage(1e-6));
  }

  @Test
  void precisionRecallAndDensityCoverageMatchTheReference() {
    CliOutcome pr = cli("metrics", "pr", fixture("pr_real.npy"), fixture("pr_fake.npy"));
    assertThat(values(pr, "precision")[0]).isCloseTo(ref("pr.k3.precision"), within(1e-9));
    assertThat(values(pr, "recall")[0]).isCloseTo(ref("pr.k3.recall"), within(1e-9));
    CliOutcome dc = cli("metrics", "coverage", fixture("pr_real.npy"), fixture("pr_fake.npy"));
    assertThat(values(dc, "density")[0]).isCloseTo(ref("dc.k5.density"), within(1e-9));
    assertThat(values(dc, "coverage")[0]).isCloseTo(ref("dc.k5.coverage"), within(1e-9));
  }

  @Test
  void missingFileIsNamed() {
    Path missing = tmp.resolve("nope.npy");
    CliOutcome o = cli("metrics", "fid", missing.toString(), fixture("fid_well_b.npy"));
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains(missing.toString()).contains("not found");
    assertThat(o.out()).isEmpty();
  }

  @Test
  void statisticsAreRefusedWhereFeaturesAreNeeded() {
    CliOutcome o = cli("metrics", "kid", fixture("fid_well_a_stats.npz"), fixture("kid_y.npy"));
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("fid_well_a_stats.npz").contains("kid needs features");
    assertThat(o.out()).isEmpty();
  }

  @Test
  void badInputsGiveExitCodeTwoAndNameTheFile() throws IOException {
    Path txt = Files.writeString(tmp.resolve("features.txt"), "1 2 3\n");
    CliOutcome unknown = cli("metrics", "pr", txt.toString(), fixture("pr_fake.npy"));
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("features.txt").contains("unknown input type");

    CliOutcome vector = cli("metrics", "coverage", fixture("fmt_vec.npy"), fixture("pr_fake.npy"));
    assertThat(vector.code()).isEqualTo(2);
    assertThat(vector.err()).contains("fmt_vec.npy").contains("2-D");

    CliOutcome dims = cli("metrics", "fid", fixture("fid_well_a.npy"), fixture("pr_fake.npy"));
    assertThat(dims.code()).isEqualTo(2);
    assertThat(dims.err())
        .contains("fid_well_a.npy")
        .contains("pr_fake.npy")
        .contains("dimensions differ");

    CliOutcome inception = cli("metrics", "is", idx30.toString(), "--extractor", "inception");
    assertThat(inception.code()).isEqualTo(2);
    assertThat(inception.err()).contains("--inception-graph");

    Path big = Files.createDirectories(tmp.resolve("png32"));
    for (int i = 0; i < 3; i++) {
      ImageIO.write(
          new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY),
          "png",
          big.resolve("x" + i + ".png").toFile());
    }
    CliOutcome size = cli("metrics", "fid", big.toString(), idx30.toString());
    assertThat(size.code()).isEqualTo(2);
    assertThat(size.err()).contains(big.toString()).contains("28, 28, 1");

    Path notIdx = Files.write(tmp.resolve("junk-idx3-ubyte"), new byte[] {1, 2, 3});
    CliOutcome junk = cli("metrics", "is", notIdx.toString());
    assertThat(junk.code()).isEqualTo(2);
    assertThat(junk.err()).contains(notIdx.toString());

    Path graph = tmp.resolve("missing.pb");
    CliOutcome noGraph =
        cli("metrics", "is", idx30.toString(), "--inception-graph", graph.toString());
    assertThat(noGraph.code()).isEqualTo(2);
    assertThat(noGraph.err()).contains(graph.toString());
  }

  @Test
  void benchFidPrintsBothTimingsAndTheRatio() {
    CliOutcome o = cli("bench", "fid", "--n", "200", "--dim", "32", "--seed", "3");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("200 x 32").contains("ganlab").contains("textbook");
    Matcher m =
        Pattern.compile("speedup ([0-9.]+)x wall.*relative difference ([0-9.eE+-]+)")
            .matcher(o.out());
    assertThat(m.find()).as(o.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isPositive();
    assertThat(Double.parseDouble(m.group(2))).isLessThan(1e-6);

    CliOutcome bad = cli("bench", "fid", "--n", "1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("samples must be >= 2");
  }

  @Test
  void formatKeepsTenSignificantDigits() {
    assertThat(MetricsCommand.format(12.3456789012345)).isEqualTo("12.3456789");
    assertThat(MetricsCommand.format(0.68)).isEqualTo("0.68");
    assertThat(MetricsCommand.format(0)).isEqualTo("0");
    assertThat(MetricsCommand.format(1234567.0)).isEqualTo("1234567");
    assertThat(MetricsCommand.format(1.5e-13)).isEqualTo("1.5E-13");
  }
}
