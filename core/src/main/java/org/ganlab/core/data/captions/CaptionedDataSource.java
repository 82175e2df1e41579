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

  private static final int[][] TOKENS =
      CaptionAttributes.all().stream()
          .map(a -> Vocabulary.encode(a.caption()))
          .toArray(int[][]::new);

  private final ImageDataset images;
  private final int[] combinations;
  private final int[] present;
  private final Set<CaptionAttributes> heldOut;
  private final EpochOrder order;
  private final Seeds seeds;

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
    Objects.requireNonNull(dataset, "dataset");
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
    return new CaptionedDataSource(train, CaptionRules.FASHION_MNIST, HELD_OUT, seeds);
  }

  /**
   * {@return the token ids of the caption of combination {@code id}, padded (a copy)}
   *
   * @param id a combination, see {@link CaptionAttributes#id()}
   */
  public static int[] tokens(int id) {
    return TOKENS[id].clone();
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
    for (int i = 0; i < batchSize; i++) {
      int c = combinations[idx[i]];
      combos[i] = c;
      System.arraycopy(TOKENS[c], 0, tokens, i * t, t);
      // Draw among the others: skip c's own position, so the caption always differs.
      int r = rng.nextInt(present.length - 1);
      int w = present[r >= Arrays.binarySearch(present, c) ? r + 1 : r];
      System.arraycopy(TOKENS[w], 0, wrong, i * t, t);
    }
    return new CaptionedBatch(images.batchOf(idx), tokens, wrong, combos);
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
