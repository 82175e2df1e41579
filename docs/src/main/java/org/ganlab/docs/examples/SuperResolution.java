package org.ganlab.docs.examples;

// [START imports]
import java.util.Map;
import org.ganlab.core.data.AreaDownsampling;
import org.ganlab.core.data.BicubicUpsampling;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.metrics.eval.PairedTranslationBaselines;
import org.ganlab.metrics.eval.PairedTranslationEvaluator;
import org.ganlab.models.Pix2PixFamily;
import org.ganlab.models.Pix2PixModel;
import org.ganlab.models.Pix2PixTranslator;
import org.ganlab.models.Srgan;

// [END imports]

/**
 * Super-resolution x4 in plain Java: Fashion-MNIST images area-averaged to 7x7 paired with the
 * 28x28 originals, SRGAN (Ledig et al. 2017) or its MSE-only SRResNet trained by the paired
 * translation family on the one trainer, and the paired evaluator on held-out test pairs beside
 * bicubic upsampling scored by the same code. Guide chapter "Image-to-image translation".
 *
 * <p>{@code main} trains 1000 steps of the {@code srgan-x4} experiment's size (4 residual blocks of
 * width 32); pass another step count as the first argument and {@code false} as the second for
 * SRResNet.
 */
public final class SuperResolution {
  private SuperResolution() {}

  /**
   * What a run of the example measured on the held-out pairs.
   *
   * @param trained the trained generator's l1, psnr, ssim, fid and label_preservation
   * @param bicubic the same for bicubic upsampling of the same inputs
   */
  public record Outcome(Map<String, Number> trained, Map<String, Number> bicubic) {}

  /**
   * Trains for {@code args[0]} steps (default 1000), with the adversarial term unless {@code
   * args[1]} is {@code false}, and prints both rows.
   *
   * @param args the step count and whether G has the adversarial term, both optional
   */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 1000;
    boolean adversarial = args.length < 2 || Boolean.parseBoolean(args[1]);
    Outcome o = train(steps, 4, 32, adversarial, 1000, 0);
    System.out.println((adversarial ? "SRGAN:    " : "SRResNet: ") + o.trained());
    System.out.println("bicubic:  " + o.bicubic());
  }

  /**
   * Trains {@code steps} steps of {@code blocks} residual blocks of width {@code filters} from root
   * seed {@code seed}, then scores the first {@code samples} test pairs.
   *
   * @param steps training steps
   * @param blocks G's residual blocks
   * @param filters the width of G and D
   * @param adversarial SRGAN (true) or SRResNet (false)
   * @param samples held-out pairs scored
   * @param seed the root seed
   * @return both rows
   */
  public static Outcome train(
      long steps, int blocks, int filters, boolean adversarial, int samples, long seed) {
    // [START data]
    FashionMnist fashion = FashionMnist.embedded();
    AreaDownsampling down = new AreaDownsampling(4); // input = 4x4 block means: 7x7
    PairedTranslation data = new PairedTranslation(fashion.train(), new Seeds(seed), down);
    // [END data]
    // [START train]
    // The paper's objective (MSE + 1e-3 adversarial; SRResNet without the latter), a smaller G.
    Srgan arch = Srgan.standard(4).withSize(blocks, filters).withAdversarial(adversarial);
    Adam adam = new Adam(1e-3, 0.9, 0.999);
    Pix2PixFamily family = new Pix2PixFamily(arch, data, OptimizerPair.of(adam));
    try (GanTrainer<Pix2PixModel> trainer =
        GanTrainer.open(family, TrainerConfig.of(seed).withBatchSize(32))) {
      trainer.train(steps, (t, record, nanos) -> {});
      Pix2PixTranslator translator = new Pix2PixTranslator(trainer);
      // [END train]
      // [START evaluate]
      // Held-out pairs: the first test images and their 7x7 versions, scored by one evaluator.
      ImageDataset test = fashion.test();
      Map<String, Number> trained;
      try (PairedTranslationEvaluator evaluator =
          new PairedTranslationEvaluator(() -> test, down, samples)) {
        trained = evaluator.evaluate(translator::translate);
      }
      // The reference row by the same code: bicubic upsampling of the same 7x7 inputs.
      BicubicUpsampling up = new BicubicUpsampling(4);
      Map<String, Number> bicubic =
          PairedTranslationBaselines.score(
              () -> test, down, samples, (x, n) -> up.apply(x, new int[] {n, 7, 7, 1}));
      return new Outcome(trained, bicubic);
      // [END evaluate]
    }
  }
}
