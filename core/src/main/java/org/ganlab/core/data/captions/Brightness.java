package org.ganlab.core.data.captions;

/** Whether a garment is darker or lighter than the median garment of its class. */
public enum Brightness {
  /** Mean garment intensity at or below the class threshold. */
  DARK("dark"),
  /** Mean garment intensity above the class threshold. */
  LIGHT("light");

  private final String word;

  Brightness(String word) {
    this.word = word;
  }

  /** {@return the caption word, lower case} */
  public String word() {
    return word;
  }
}
