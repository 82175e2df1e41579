package org.ganlab.core.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.parallel.WorkerCluster;

/**
 * One worker of {@link WorkerClusterTest}, run in its own JVM: trains the tiny GAN as task {@code
 * task} of a two-worker cluster on 127.0.0.1 and writes its step records and final weights to a
 * file. Arguments: task, port of task 0, port of task 1, steps, output file.
 */
public final class ShardWorkerMain {
  /** A short all-reduce deadline: a peer killed between two messages is noticed within it. */
  static final int TIMEOUT_SECONDS = 15;

  private ShardWorkerMain() {}

  /**
   * Trains and exits (a gRPC server cannot be stopped; it ends with the JVM).
   *
   * @param args task, port0, port1, steps, output file
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    int task = Integer.parseInt(args[0]);
    WorkerCluster cluster =
        new WorkerCluster(
            List.of("127.0.0.1:" + args[1], "127.0.0.1:" + args[2]), task, TIMEOUT_SECONDS);
    long steps = Long.parseLong(args[3]);
    Path out = Path.of(args[4]);
    List<String> lines = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        WorkerClusterTest.trainer(WorkerClusterTest.CONFIG.withCluster(cluster))) {
      t.train(
          steps,
          (trainer, r, nanos) -> {
            System.out.println("step " + r.step());
            System.out.flush();
            lines.add(WorkerClusterTest.bits(r));
          });
      lines.add(WorkerClusterTest.weights(t));
    }
    Files.write(out, lines);
    System.exit(0);
  }
}
