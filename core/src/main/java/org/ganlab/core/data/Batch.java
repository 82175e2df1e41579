package org.ganlab.core.data;

/** Placeholder until the data branch lands (replaced on merge). */
public record Batch(int[] shape, float[] values, int[] labels) {}
