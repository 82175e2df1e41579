package org.ganlab.core.data.captions;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;

/**
 * Partial captions in training: each training caption leaves out its size word with probability
 * {@code probability}, and independently its brightness word, so that a model also learns captions
 * such as "a dark sneaker" or "a sneaker" (alignDRAW's and Reed et al.'s captions name only some
 * attributes too). The class noun is always kept. With probability 0, the default, every caption is
 * full, as the published text-to-image table was trained.
 *
 * @param probability the chance that each attribute word is left out, in [0, 1)
 */
public record CaptionDropout(double probability) {
  /** Full captions only. */
  public static final CaptionDropout NONE = new CaptionDropout(0);

  /** {@code caption_dropout}. */
  public static final List<Hyperparameter<CaptionDropout>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "caption_dropout",
              0,
              0.9,
              "chance that a training caption leaves out its size word, and independently its"
                  + " brightness word (0: full captions only)",
              CaptionDropout::probability,
              (d, p) -> new CaptionDropout(p)));

  /**
   * Checks the probability.
   *
   * @param probability the chance that each attribute word is left out, in [0, 1)
   */
  public CaptionDropout {
    if (!(probability >= 0 && probability < 1)) {
      throw new IllegalArgumentException("caption dropout must be in [0, 1), got " + probability);
    }
  }
}
