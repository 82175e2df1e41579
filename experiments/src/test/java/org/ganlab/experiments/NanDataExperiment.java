package org.ganlab.experiments;

import com.google.inject.Provides;
import java.util.Arrays;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.models.Dcgan;

/**
 * A user-written experiment (not shipped): a tiny DCGAN on data that turns to NaN from batch 10 on,
 * to check that a run stops with a clear message and keeps its last good checkpoint.
 */
public final class NanDataExperiment extends Experiment {
  @Override
  public String name() {
    return "nan-data";
  }

  @Override
  public String description() {
    return "test: data becomes NaN at batch 10";
  }

  @Provides
  GanArchitecture architecture() {
    return Dcgan.standard().withFilters(4).withLatentDim(8);
  }

  @Provides
  GanLossFunction loss() {
    return new NonSaturatingLoss();
  }

  @Provides
  DataSource data() {
    return new DataSource() {
      @Override
      public int size() {
        return UNBOUNDED;
      }

      @Override
      public int[] shape() {
        return new int[] {28, 28, 1};
      }

      @Override
      public int numClasses() {
        return 0;
      }

      @Override
      public Batch batch(long step, int batchSize) {
        float[] x = new float[batchSize * 784];
        Arrays.fill(x, step >= 10 ? Float.NaN : (step % 2 == 0 ? 0.5f : -0.5f));
        return new Batch(new int[] {batchSize, 28, 28, 1}, x, null);
      }

      @Override
      public Map<String, String> fileChecksums() {
        return Map.of();
      }
    };
  }
}
