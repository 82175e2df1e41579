package org.ganlab.core.data.captions;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.ganlab.core.data.FashionMnist;

/**
 * What a caption says about a Fashion-MNIST image: its class, brightness and size. The 40
 * combinations are numbered by {@link #id()} ({@code label * 4 + brightness * 2 + size}), which is
 * how a caption is requested as a "label" of a {@link org.ganlab.core.train.Sampler}.
 *
 * @param label the Fashion-MNIST class, 0..9
 * @param brightness dark or light
 * @param size small or large
 */
public record CaptionAttributes(int label, Brightness brightness, GarmentSize size) {
  /** The number of (class, brightness, size) combinations: 10 x 2 x 2. */
  public static final int COMBINATIONS = FashionMnist.NUM_CLASSES * 4;

  /**
   * The caption noun of each class, index = label: the class names of {@link
   * FashionMnist#CLASS_NAMES} in lower case, "T-shirt/top" as "t-shirt".
   */
  public static final List<String> NOUNS =
      List.of(
          "t-shirt",
          "trouser",
          "pullover",
          "dress",
          "coat",
          "sandal",
          "shirt",
          "sneaker",
          "bag",
          "ankle boot");

  /**
   * Checks the label and that both attributes are present.
   *
   * @param label the Fashion-MNIST class, 0..9
   * @param brightness dark or light
   * @param size small or large
   */
  public CaptionAttributes {
    Objects.checkIndex(label, FashionMnist.NUM_CLASSES);
    Objects.requireNonNull(brightness, "brightness");
    Objects.requireNonNull(size, "size");
  }

  /** {@return this combination's number, {@code label * 4 + brightness * 2 + size}, in [0, 40)} */
  public int id() {
    return label * 4 + brightness.ordinal() * 2 + size.ordinal();
  }

  /**
   * {@return the combination numbered {@code id}}
   *
   * @param id a number in [0, 40), see {@link #id()}
   */
  public static CaptionAttributes ofId(int id) {
    Objects.checkIndex(id, COMBINATIONS);
    return new CaptionAttributes(
        id / 4, Brightness.values()[(id / 2) % 2], GarmentSize.values()[id % 2]);
  }

  /** {@return every combination, in {@link #id()} order} */
  public static List<CaptionAttributes> all() {
    return IntStream.range(0, COMBINATIONS).mapToObj(CaptionAttributes::ofId).toList();
  }

  /**
   * {@return the caption: "a", the size, the brightness, the class noun, e.g. "a large light
   * pullover"}
   */
  public String caption() {
    return caption(true, true);
  }

  /**
   * {@return the caption with only the chosen attribute words, e.g. "a dark sneaker" without the
   * size; the class noun is always there}
   *
   * @param withSize whether the caption names the size
   * @param withBrightness whether the caption names the brightness
   */
  public String caption(boolean withSize, boolean withBrightness) {
    return "a "
        + (withSize ? size.word() + " " : "")
        + (withBrightness ? brightness.word() + " " : "")
        + NOUNS.get(label);
  }

  /**
   * {@return whether a caption naming only the chosen attributes reads differently for {@code
   * other}: another class, or a named attribute that differs}
   *
   * @param other the combination compared with this one
   * @param withSize whether the caption names the size
   * @param withBrightness whether the caption names the brightness
   */
  public boolean readsDifferently(
      CaptionAttributes other, boolean withSize, boolean withBrightness) {
    return label != other.label
        || (withSize && size != other.size)
        || (withBrightness && brightness != other.brightness);
  }
}
