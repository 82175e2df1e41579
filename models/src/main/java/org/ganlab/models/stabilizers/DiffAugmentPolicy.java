package org.ganlab.models.stabilizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of a {@link DiffAugment} policy, as the authors' code takes it (Zhao et al. 2020,
 * {@code DiffAugment(x, policy='color,translation,cutout')}): "none" or a comma-separated subset of
 * the three names.
 */
final class DiffAugmentPolicy {
  private static final List<String> NAMES = List.of("color", "translation", "cutout");

  private DiffAugmentPolicy() {}

  /** "none", or the names that are on, in the order color, translation, cutout. */
  static String format(boolean color, boolean translation, boolean cutout) {
    boolean[] on = {color, translation, cutout};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < on.length; i++) {
      if (on[i]) {
        names.add(NAMES.get(i));
      }
    }
    return names.isEmpty() ? "none" : String.join(",", names);
  }

  /**
   * {color, translation, cutout} from "none" or a comma-separated list of names (any order, case
   * and spaces ignored).
   *
   * @throws IllegalArgumentException for an empty text, an unknown name or "none" beside a name
   */
  static boolean[] parse(String policy) {
    boolean[] on = new boolean[NAMES.size()];
    String text = policy == null ? "" : policy.trim().toLowerCase(Locale.ROOT);
    if (text.equals("none")) {
      return on;
    }
    for (String part : text.split(",", -1)) {
      int i = NAMES.indexOf(part.trim());
      if (i < 0) {
        throw new IllegalArgumentException(
            "hyperparameter 'diffaugment': unknown policy '"
                + part.trim()
                + "' in '"
                + policy
                + "'; valid: none, or a comma-separated subset of "
                + String.join(",", NAMES));
      }
      on[i] = true;
    }
    return on;
  }
}
