package org.ganlab.core.data.captions;

/** Whether a garment covers fewer or more pixels than the median garment of its class. */
public enum GarmentSize {
  /** Garment area at or below the class threshold. */
  SMALL("small"),
  /** Garment area above the class threshold. */
  LARGE("large");

  private final String word;

  GarmentSize(String word) {
    this.word = word;
  }

  /** {@return the caption word, lower case} */
  public String word() {
    return word;
  }
}
