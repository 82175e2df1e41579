package org.ganlab.models;

import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.junit.jupiter.api.Test;

class ScratchSmokeTest {
  static final class Rand implements DataSource {
    public int size() { return 1000; }
    public int[] shape() { return new int[] {28, 28, 1}; }
    public int numClasses() { return 0; }
    public Map<String, String> fileChecksums() { return Map.of(); }
    public Batch batch(long step, int b) {
      SplittableRandom r = new SplittableRandom(step);
      float[] x = new float[b * 784];
      for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble(-1, 1);
      return new Batch(x, null);
    }
  }

  @Test
  void runs() {
    for (int rep = 0; rep < 2; rep++) {
      try (GanTrainer t = new GanTrainer(Dcgan.standard(), new NonSaturatingLoss(), new Rand(), TrainerConfig.of(7))) {
        long t0 = System.nanoTime();
        t.train(30, (tr, r, ns) -> { if (r.step() % 10 == 0 || r.step() < 3) System.out.println(r + " " + ns / 1e6 + "ms"); });
        System.out.println("ms/step " + (System.nanoTime() - t0) / 1e6 / 30);
      }
    }
  }
}
