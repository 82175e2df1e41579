package org.ganlab.core.data;

import java.util.Map;

/** Placeholder until the data branch lands (replaced on merge). */
public interface DataSource {
  int size();

  int[] shape();

  int numClasses();

  Batch batch(long step, int batchSize);

  Map<String, String> fileChecksums();
}
