package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganlab.core.image.StepCurves;
import org.ganlab.experiments.CliOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab plot} on hand-written run CSVs. */
class PlotCommandTest {
  @TempDir Path tmp;

  private Path run(String name, String csv) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("diagnostics.csv"), csv);
    return dir;
  }

  @Test
  void writesOnePngAndSaysWhichColourIsWhichRun() throws Exception {
    Path a = run("a", "step,g_output_grad_norm\n100,0.2\n200,0.3\n");
    Path b = run("b", "step,g_output_grad_norm\n100,0.01\n200,0.0001\n");
    Path png = tmp.resolve("out.png");
    CliOutcome o =
        CliOutcome.run(
            "plot",
            a.toString(),
            b.toString(),
            "--column",
            "g_output_grad_norm",
            "--log-y",
            "-o",
            png.toString());
    assertThat(o.code()).as(o.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(StepCurves.WIDTH);
    assertThat(image.getHeight()).isEqualTo(StepCurves.HEIGHT);
    // log10 of the values spans [-4, log10 0.3 = -0.523]; 5 % of that span on each side gives
    // 10^-4.174 = 6.70e-05 and 10^-0.349 = 0.448.
    assertThat(o.out()).contains("blue: " + a, "red: " + b, "value: 6.70e-05 to 0.448, log scale");
  }

  @Test
  void aMissingColumnOrFileIsNamed() throws Exception {
    Path a = run("a", "step,d_real_p50\n100,0.2\n");
    Path png = tmp.resolve("out.png");
    CliOutcome o = CliOutcome.run("plot", a.toString(), "--column", "nope", "-o", png.toString());
    assertThat(o.code()).isNotZero();
    assertThat(o.err())
        .contains(a.resolve("diagnostics.csv").toString(), "no column 'nope'", "d_real_p50");
    CliOutcome missing =
        CliOutcome.run(
            "plot", a.toString(), "--file", "eval.csv", "--column", "fid", "-o", png.toString());
    assertThat(missing.err()).contains(a.resolve("eval.csv") + ": no such file");
    assertThat(png).doesNotExist();
  }
}
