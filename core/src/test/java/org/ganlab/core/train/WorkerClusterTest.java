package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.nn.Network;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.tf.SessionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Data parallelism across processes: two worker JVMs on 127.0.0.1, each holding one shard of the
 * batch and averaging gradients with TensorFlow's collective all-reduce, against the same two
 * shards in one graph ({@code grad_shards=2}). The test starts both workers and kills them at the
 * end; TensorFlow's gRPC server binds only the loopback addresses given.
 */
class WorkerClusterTest {
  static final TrainerConfig CONFIG = TrainerConfig.of(11).withSession(new SessionSettings(1, 1));
  private static final long STEPS = 15;

  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killWorkers() {
    started.forEach(Process::destroyForcibly);
  }

  /** The trainer every side uses: the tiny GAN with batch norm in G, SGD on both networks. */
  static GanTrainer<GanModel> trainer(TrainerConfig config) {
    return GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
        .discriminatorOptimizer(new Sgd(0.05))
        .generatorOptimizer(new Sgd(0.05))
        .config(config)
        .build();
  }

  /** A step record as the exact bits of its values. */
  static String bits(StepRecord r) {
    return r.step()
        + " "
        + Integer.toHexString(Float.floatToRawIntBits(r.discriminatorLoss()))
        + " "
        + Integer.toHexString(Float.floatToRawIntBits(r.generatorLoss()))
        + " "
        + Integer.toHexString(Float.floatToRawIntBits(r.dReal()))
        + " "
        + Integer.toHexString(Float.floatToRawIntBits(r.discriminatorGradientNorm()))
        + " "
        + Integer.toHexString(Float.floatToRawIntBits(r.generatorGradientNorm()));
  }

  /** Every trainable weight of G and D, as exact bits. */
  static String weights(GanTrainer<GanModel> t) {
    StringBuilder sb = new StringBuilder("weights");
    Session s = t.session();
    List<Network<TFloat32>> nets =
        List.of(t.model().generator().network(), t.model().discriminator().network());
    for (Network<TFloat32> n : nets) {
      for (Variable<TFloat32> v : n.trainableVariables()) {
        try (Result r = s.runner().fetch(v).run()) {
          TFloat32 x = (TFloat32) r.get(0);
          x.scalars()
              .forEach(
                  f ->
                      sb.append(' ')
                          .append(Integer.toHexString(Float.floatToRawIntBits(f.getFloat()))));
        }
      }
    }
    return sb.toString();
  }

  private Process worker(int task, int[] ports, long steps) throws IOException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                ShardWorkerMain.class.getName(),
                Integer.toString(task),
                Integer.toString(ports[0]),
                Integer.toString(ports[1]),
                Long.toString(steps),
                dir.resolve("task" + task + ".txt").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("task" + task + ".log").toFile())
            .start();
    started.add(p);
    return p;
  }

  private static int[] freePorts() throws IOException {
    try (ServerSocket a = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        ServerSocket b = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return new int[] {a.getLocalPort(), b.getLocalPort()};
    }
  }

  private String log(int task) throws IOException {
    Path p = dir.resolve("task" + task + ".log");
    return Files.exists(p) ? Files.readString(p) : "";
  }

  @Test
  void twoWorkersGiveTheBitsOfTwoShardsInOneGraph() throws Exception {
    List<String> inGraph = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer(CONFIG.withGradShards(2))) {
      t.train(STEPS, (trainer, r, nanos) -> inGraph.add(bits(r)));
      inGraph.add(weights(t));
    }
    int[] ports = freePorts();
    Process w0 = worker(0, ports, STEPS);
    Process w1 = worker(1, ports, STEPS);
    assertThat(w0.waitFor(120, TimeUnit.SECONDS)).as("task 0 finished: %s", log(0)).isTrue();
    assertThat(w1.waitFor(60, TimeUnit.SECONDS)).as("task 1 finished: %s", log(1)).isTrue();
    assertThat(w0.exitValue()).as(log(0)).isZero();
    assertThat(w1.exitValue()).as(log(1)).isZero();
    List<String> task0 = Files.readAllLines(dir.resolve("task0.txt"));
    List<String> task1 = Files.readAllLines(dir.resolve("task1.txt"));
    assertThat(task0).hasSize((int) STEPS + 1).isEqualTo(inGraph);
    // the workers' losses are all-reduced and their weights updated alike
    assertThat(task1).isEqualTo(task0);
  }

  @Test
  void killingAWorkerStopsTheOtherWithAnErrorNamingItsTask() throws Exception {
    int[] ports = freePorts();
    Process w0 = worker(0, ports, 1_000_000);
    Process w1 = worker(1, ports, 1_000_000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!log(0).contains("step 20") && System.nanoTime() < deadline && w0.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(log(0)).as("task 0 trained").contains("step 20");
    w1.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertThat(w0.waitFor(60, TimeUnit.SECONDS)).as("task 0 stopped: %s", log(0)).isTrue();
    assertThat(w0.exitValue()).isNotZero();
    assertThat(log(0))
        .contains("worker task 0 of 2")
        .contains("another worker stopped")
        .contains("resume from the last checkpoint");
  }
}
