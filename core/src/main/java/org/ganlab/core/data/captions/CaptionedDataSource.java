package org.ganlab.core.data.captions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.Rng;
import org.ganlab.core.seed.Seeds;

/**
 * Captioned Fashion-MNIST images for text-to-image training: each image's caption is made by {@link
 * CaptionRules} from its class, brightness and size, and the images whose (class, brightness, size)
 * combination is held out are removed, so that a model's samples for those captions measure
 * compositional generalization (every word of a held-out caption is still seen in other
 * combinations). {@link #captioned} gives images, token ids, mismatched token ids and combinations;
 * {@link #batch} gives the same images with their classes, as any image source.
 *
 * <p>Batch {@code k} holds the kept images at positions {@code [k b, (k + 1) b)} of the seeded
 * epoch order ({@link EpochOrder}, purpose {@code "data-order"}); image {@code i}'s mismatched
 * caption is drawn uniformly from the other combinations present in the kept images, with seeds
 * {@code ("mismatched-caption", k)}, so the batch of step {@code k} is a pure function of the seed.
 * With {@link CaptionDropout} on, each caption leaves out its size and brightness words at random
 * (seeds {@code ("caption-dropout", k)}), and its mismatched caption leaves out the same words and
 * is drawn among the combinations whose caption then reads differently.
 */
public final class CaptionedDataSource implements DataSource {
  /**
   * The combinations held out of training by default: one of the four of six classes, spread over
   * both attributes' values, so that each attribute word and each class noun stays in training.
   */
  public static final List<CaptionAttributes> HELD_OUT =
      List.of(
          new CaptionAttributes(0, Brightness.DARK, GarmentSize.SMALL),
          new CaptionAttributes(1, Brightness.LIGHT, GarmentSize.LARGE),
          new CaptionAttributes(3, Brightness.DARK, GarmentSize.LARGE),
          new CaptionAttributes(5, Brightness.LIGHT, GarmentSize.SMALL),
          new CaptionAttributes(8, Brightness.DARK, GarmentSize.SMALL),
          new CaptionAttributes(9, Brightness.LIGHT, GarmentSize.LARGE));

  /**
   * The token ids of every combination's caption per kept-words mask (bit 0 size, 1 brightness).
   */
  private static final int[][][] PARTIAL_TOKENS =
      IntStream.range(0, 4)
          .mapToObj(
              mask ->
                  CaptionAttributes.all().stream()
                      .map(
                          a -> Vocabulary.encode(a.caption(keepsSize(mask), keepsBrightness(mask))))
                      .toArray(int[][]::new))
          .toArray(int[][][]::new);

  private static final int FULL = 3;

  private final ImageDataset images;
  private final int[] combinations;
  private final int[] present;
  private final Set<CaptionAttributes> heldOut;
  private final EpochOrder order;
  private final Seeds seeds;
  private final CaptionDropout dropout;

  /** Per kept-words mask and combination, the combinations its mismatched caption is drawn from. */
  private final int[][][] mismatches;

  /**
   * The images of {@code dataset} whose combination is not in {@code heldOut}.
   *
   * @param dataset labelled 28x28x1 Fashion-MNIST images
   * @param rules the rules that caption them
   * @param heldOut the combinations removed
   * @param seeds the run's seeds (epoch order and mismatched captions)
   */
  public CaptionedDataSource(
      ImageDataset dataset,
      CaptionRules rules,
      Collection<CaptionAttributes> heldOut,
      Seeds seeds) {
    this(dataset, rules, heldOut, seeds, CaptionDropout.NONE);
  }

  /**
   * The images of {@code dataset} whose combination is not in {@code heldOut}, with partial
   * captions in training as {@code dropout} says.
   *
   * @param dataset labelled 28x28x1 Fashion-MNIST images
   * @param rules the rules that caption them
   * @param heldOut the combinations removed
   * @param seeds the run's seeds (epoch order, mismatched captions, left-out words)
   * @param dropout how often a training caption leaves out each attribute word
   */
  public CaptionedDataSource(
      ImageDataset dataset,
      CaptionRules rules,
      Collection<CaptionAttributes> heldOut,
      Seeds seeds,
      CaptionDropout dropout) {
    Objects.requireNonNull(dataset, "dataset");
    this.dropout = Objects.requireNonNull(dropout, "dropout");
    if (!Arrays.equals(dataset.shape(), new int[] {28, 28, 1}) || !dataset.hasLabels()) {
      throw new IllegalArgumentException(
          "captions need labelled 28x28x1 Fashion-MNIST images, got " + dataset);
    }
    this.heldOut = Set.copyOf(heldOut);
    int[] all = rules.combinations(dataset);
    int[] kept =
        IntStream.range(0, all.length)
            .filter(i -> !this.heldOut.contains(CaptionAttributes.ofId(all[i])))
            .toArray();
    if (kept.length < 2) {
      throw new IllegalArgumentException("fewer than 2 images left after holding out " + heldOut);
    }
    this.images = dataset.subset(dataset.name() + " without held-out captions", kept);
    this.combinations = Arrays.stream(kept).map(i -> all[i]).toArray();
    this.present =
        Arrays.stream(combinations)
            .boxed()
            .collect(TreeSet<Integer>::new, Set::add, Set::addAll)
            .stream()
            .mapToInt(Integer::intValue)
            .toArray();
    if (present.length < 2) {
      throw new IllegalArgumentException("mismatched captions need two different captions");
    }
    this.mismatches =
        IntStream.range(0, 4)
            .mapToObj(
                mask ->
                    IntStream.range(0, CaptionAttributes.COMBINATIONS)
                        .mapToObj(c -> mismatches(c, mask))
                        .toArray(int[][]::new))
            .toArray(int[][][]::new);
    this.order = new EpochOrder(images.n(), seeds);
    this.seeds = seeds;
  }

  /**
   * {@return the Fashion-MNIST training images with {@link CaptionRules#FASHION_MNIST} captions and
   * the {@link #HELD_OUT} combinations removed}
   *
   * @param train the Fashion-MNIST training images
   * @param seeds the run's seeds
   */
  public static CaptionedDataSource training(ImageDataset train, Seeds seeds) {
    return training(train, seeds, CaptionDropout.NONE);
  }

  /**
   * {@return the Fashion-MNIST training images with {@link CaptionRules#FASHION_MNIST} captions,
   * the {@link #HELD_OUT} combinations removed, and partial captions as {@code dropout} says}
   *
   * @param train the Fashion-MNIST training images
   * @param seeds the run's seeds
   * @param dropout how often a training caption leaves out each attribute word
   */
  public static CaptionedDataSource training(
      ImageDataset train, Seeds seeds, CaptionDropout dropout) {
    return new CaptionedDataSource(train, CaptionRules.FASHION_MNIST, HELD_OUT, seeds, dropout);
  }

  /**
   * {@return the token ids of the caption of combination {@code id}, padded (a copy)}
   *
   * @param id a combination, see {@link CaptionAttributes#id()}
   */
  public static int[] tokens(int id) {
    return PARTIAL_TOKENS[FULL][id].clone();
  }

  /** {@return the kept images (held-out combinations removed), labelled with their classes} */
  public ImageDataset images() {
    return images;
  }

  /** {@return the combinations held out} */
  public Set<CaptionAttributes> heldOut() {
    return heldOut;
  }

  /** {@return the combinations of the kept images, ascending ids} */
  public int[] trainingCombinations() {
    return present.clone();
  }

  /**
   * {@return the captioned batch of step {@code step}}
   *
   * @param step the training step, from 0
   * @param batchSize the images per batch
   */
  public CaptionedBatch captioned(long step, int batchSize) {
    int[] idx = order.batch(step, batchSize);
    int t = Vocabulary.MAX_TOKENS;
    int[] tokens = new int[batchSize * t];
    int[] wrong = new int[batchSize * t];
    int[] combos = new int[batchSize];
    Rng rng = new Rng(seeds.seed("mismatched-caption", step));
    // Its own stream, drawn only with dropout on: full-caption batches are what they always were.
    Rng words = dropout.probability() > 0 ? new Rng(seeds.seed("caption-dropout", step)) : null;
    for (int i = 0; i < batchSize; i++) {
      int c = combinations[idx[i]];
      combos[i] = c;
      int mask = FULL;
      if (words != null) {
        mask =
            (words.nextDouble() < dropout.probability() ? 0 : 1)
                | (words.nextDouble() < dropout.probability() ? 0 : 2);
      }
      if (mismatches[mask][c].length == 0) {
        // Nothing reads differently with these words left out (one class only): full captions.
        mask = FULL;
      }
      int[] candidates = mismatches[mask][c];
      System.arraycopy(PARTIAL_TOKENS[mask][c], 0, tokens, i * t, t);
      // The mismatched caption leaves out the same words and differs in what remains.
      int w = candidates[rng.nextInt(candidates.length)];
      System.arraycopy(PARTIAL_TOKENS[mask][w], 0, wrong, i * t, t);
    }
    return new CaptionedBatch(images.batchOf(idx), tokens, wrong, combos);
  }

  /**
   * The training combinations whose caption, with the words of {@code mask} kept, differs from
   * {@code c}'s, ascending; with every word kept, all of them but {@code c}.
   */
  private int[] mismatches(int c, int mask) {
    CaptionAttributes a = CaptionAttributes.ofId(c);
    return Arrays.stream(present)
        .filter(
            w ->
                a.readsDifferently(
                    CaptionAttributes.ofId(w), keepsSize(mask), keepsBrightness(mask)))
        .toArray();
  }

  private static boolean keepsSize(int mask) {
    return (mask & 1) != 0;
  }

  private static boolean keepsBrightness(int mask) {
    return (mask & 2) != 0;
  }

  @Override
  public int size() {
    return images.n();
  }

  @Override
  public int[] shape() {
    return images.shape();
  }

  @Override
  public int numClasses() {
    return images.numClasses();
  }

  @Override
  public Batch batch(long step, int batchSize) {
    return images.batchOf(order.batch(step, batchSize));
  }

  @Override
  public Map<String, String> fileChecksums() {
    return images.fileChecksums();
  }
}
