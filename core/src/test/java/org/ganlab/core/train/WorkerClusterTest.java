package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.nn.Network;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.parallel.LoopbackNamespace;
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
 * shards in one graph ({@code grad_shards=2}). The test starts both workers, inside a private
 * network namespace where the machine allows, and kills them at the end.
 */
class WorkerClusterTest {
  static final TrainerConfig CONFIG = TrainerConfig.of(11).withSession(new SessionSettings(1, 1));
  private static final long STEPS = 15;

  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killWorkers() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
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

  /**
   * Starts both workers as one process tree, inside a private network namespace with only loopback
   * where the machine allows ({@link LoopbackNamespace}); each writes {@code taskI.txt} on success
   * and {@code taskI.log}.
   */
  private Process workers(int[] ports, long steps) throws IOException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String one =
        "\"$JAVA\" -cp \"$CP\" \"$MAIN\" %d \"$P0\" \"$P1\" \"$STEPS\" \"$DIR/task%d.txt\""
            + " > \"$DIR/task%d.log\" 2>&1 & ";
    String script = String.format(one, 0, 0, 0) + String.format(one, 1, 1, 1) + "wait";
    ProcessBuilder pb =
        new ProcessBuilder(LoopbackNamespace.wrap(List.of("sh", "-c", script)))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("shell.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("CP", cp);
    env.put("MAIN", ShardWorkerMain.class.getName());
    env.put("P0", Integer.toString(ports[0]));
    env.put("P1", Integer.toString(ports[1]));
    env.put("STEPS", Long.toString(steps));
    env.put("DIR", dir.toString());
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** The JVM of worker {@code task} among the descendants of {@code tree}. */
  private static ProcessHandle jvmOf(Process tree, int task) {
    String main = ShardWorkerMain.class.getName();
    return tree.descendants()
        .filter(
            h -> {
              String[] a = h.info().arguments().orElse(new String[0]);
              for (int i = 0; i + 1 < a.length; i++) {
                if (a[i].equals(main) && a[i + 1].equals(Integer.toString(task))) {
                  return true;
                }
              }
              return false;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no JVM of worker " + task));
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
    Process tree = workers(freePorts(), STEPS);
    assertThat(tree.waitFor(180, TimeUnit.SECONDS)).as("workers finished: %s", log(0)).isTrue();
    assertThat(dir.resolve("task0.txt")).as(log(0)).exists();
    assertThat(dir.resolve("task1.txt")).as(log(1)).exists();
    List<String> task0 = Files.readAllLines(dir.resolve("task0.txt"));
    List<String> task1 = Files.readAllLines(dir.resolve("task1.txt"));
    assertThat(task0).hasSize((int) STEPS + 1).isEqualTo(inGraph);
    // the workers' losses are all-reduced and their weights updated alike
    assertThat(task1).isEqualTo(task0);
  }

  @Test
  void killingAWorkerStopsTheOtherWithAnErrorNamingItsTask() throws Exception {
    Process tree = workers(freePorts(), 1_000_000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!log(0).contains("step 20") && System.nanoTime() < deadline && tree.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(log(0)).as("task 0 trained").contains("step 20");
    jvmOf(tree, 1).destroyForcibly();
    assertThat(tree.waitFor(60, TimeUnit.SECONDS)).as("task 0 stopped: %s", log(0)).isTrue();
    assertThat(dir.resolve("task0.txt")).as("task 0 did not finish").doesNotExist();
    assertThat(log(0))
        .contains("worker task 0 of 2")
        .contains("another worker stopped")
        .contains("resume from the last checkpoint");
  }
}
