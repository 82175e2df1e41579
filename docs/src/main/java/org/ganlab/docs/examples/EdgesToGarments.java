package org.ganlab.docs.examples;

// [START imports]
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.metrics.eval.PairedTranslationBaselines;
import org.ganlab.metrics.eval.PairedTranslationEvaluator;
import org.ganlab.models.Pix2Pix;
import org.ganlab.models.Pix2PixFamily;
import org.ganlab.models.Pix2PixModel;
import org.ganlab.models.Pix2PixTranslator;

// [END imports]

/**
 * pix2pix from edge maps to garments in plain Java: paired data from Fashion-MNIST and the Sobel
 * edge map, the pix2pix family on the one trainer, and the paired translation evaluator on held-out
 * test pairs beside its reference row (the edge map itself as the output). Guide chapter
 * "Image-to-image translation".
 *
 * <p>{@code main} trains 1500 steps of the {@code pix2pix-edges} experiment's width (32); pass
 * another step count as the first argument.
 */
public final class EdgesToGarments {
  private EdgesToGarments() {}

  /**
   * What a run of the example measured on the held-out pairs.
   *
   * @param trained the trained generator's l1, psnr, ssim, fid and label_preservation
   * @param edgeMap the same for the edge map itself as the output
   */
  public record Outcome(Map<String, Number> trained, Map<String, Number> edgeMap) {}

  /**
   * Trains for {@code args[0]} steps (default 1500) and prints both rows.
   *
   * @param args the step count, optional
   */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 1500;
    Outcome o = train(steps, 32, 1000, 0);
    System.out.println("pix2pix:  " + o.trained());
    System.out.println("edge map: " + o.edgeMap());
  }

  /**
   * Trains {@code steps} steps of width {@code filters} from root seed {@code seed}, then scores
   * the first {@code samples} test pairs.
   *
   * @param steps training steps
   * @param filters the width of G and D
   * @param samples held-out pairs scored
   * @param seed the root seed
   * @return both rows
   */
  public static Outcome train(long steps, int filters, int samples, long seed) {
    // [START data]
    FashionMnist fashion = FashionMnist.embedded();
    SobelEdges edges = SobelEdges.standard(); // the fixed transform: input = edges(image)
    PairedTranslation data = new PairedTranslation(fashion.train(), new Seeds(seed), edges);
    // [END data]
    // [START train]
    // The paper's objective (L1 weight 100 + cGAN) and optimizer, a narrower net.
    Pix2Pix arch = Pix2Pix.standard().withFilters(filters);
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    Pix2PixFamily family = new Pix2PixFamily(arch, data, OptimizerPair.of(adam));
    try (GanTrainer<Pix2PixModel> trainer =
        GanTrainer.open(family, TrainerConfig.of(seed).withBatchSize(32))) {
      trainer.train(steps, (t, record, nanos) -> {});
      Pix2PixTranslator translator = new Pix2PixTranslator(trainer);
      // [END train]
      // [START evaluate]
      // Held-out pairs: the first test images and their edge maps, scored by one evaluator.
      ImageDataset test = fashion.test();
      Map<String, Number> trained;
      try (PairedTranslationEvaluator evaluator =
          new PairedTranslationEvaluator(() -> test, edges, samples)) {
        trained = evaluator.evaluate(translator::translate);
      }
      // The reference row by the same code: the edge map itself as the output.
      Map<String, Number> edgeMap =
          PairedTranslationBaselines.scoreIdentity(() -> test, edges, samples);
      return new Outcome(trained, edgeMap);
      // [END evaluate]
    }
  }
}
