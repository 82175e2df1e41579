package org.ganlab.core.parallel;

import java.net.InetSocketAddress;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.tensorflow.Graph;
import org.tensorflow.RemoteSession;
import org.tensorflow.Server;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.ClusterDef;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.JobDef;
import org.tensorflow.proto.ServerDef;

/**
 * The worker processes of a data-parallel run and which one this process is: TensorFlow's gRPC
 * runtime with one job, {@code worker}, whose task {@code i} listens on {@code addresses.get(i)}.
 * Task 0 leads the collective group.
 *
 * <p>TensorFlow's server listens without authentication: use it on a private network only.
 *
 * <p>An all-reduce waiting for a peer that died while no message was in flight can wait forever
 * (TensorFlow's worker calls wait for the peer to come back), so every all-reduce has a deadline:
 * {@code timeoutSeconds}. It must exceed the longest pause of any task between steps (task 0's
 * evaluations and checkpoints, which the others wait for inside their next all-reduce).
 *
 * @param addresses {@code host:port} of every task, task 0 first; at least two
 * @param task this process's task index
 * @param timeoutSeconds how long an all-reduce waits for its peers before it fails
 */
public record WorkerCluster(List<String> addresses, int task, int timeoutSeconds) {
  /** The one job of the cluster. */
  public static final String JOB = "worker";

  /** The default deadline of an all-reduce: longer than any evaluation of the shipped runs. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 1800;

  /**
   * Checks the task index and the addresses.
   *
   * @param addresses {@code host:port} of every task, task 0 first; at least two
   * @param task this process's task index
   * @param timeoutSeconds how long an all-reduce waits for its peers before it fails
   */
  public WorkerCluster {
    addresses = List.copyOf(addresses);
    if (addresses.size() < 2) {
      throw new IllegalArgumentException(
          "a cluster needs at least two workers, got " + addresses.size());
    }
    addresses.forEach(WorkerCluster::port);
    if (task < 0 || task >= addresses.size()) {
      throw new IllegalArgumentException(
          "task must be in [0, " + addresses.size() + "), got " + task);
    }
    Checks.positive("timeoutSeconds", timeoutSeconds);
  }

  /**
   * A cluster whose all-reduces wait {@value #DEFAULT_TIMEOUT_SECONDS} s at most.
   *
   * @param addresses {@code host:port} of every task, task 0 first; at least two
   * @param task this process's task index
   */
  public WorkerCluster(List<String> addresses, int task) {
    this(addresses, task, DEFAULT_TIMEOUT_SECONDS);
  }

  /** {@return the number of workers} */
  public int size() {
    return addresses.size();
  }

  /** {@return the port of a {@code host:port} address, checking its form} */
  private static int port(String address) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      throw new IllegalArgumentException("worker address must be host:port, got '" + address + "'");
    }
    return Integer.parseInt(address.substring(colon + 1));
  }

  /** {@return the socket address of task {@code task}, resolved now} */
  InetSocketAddress socketAddress(int task) {
    String a = addresses.get(task);
    return new InetSocketAddress(a.substring(0, a.lastIndexOf(':')), port(a));
  }

  /** {@return the device-name prefix of a task, e.g. {@code /job:worker/replica:0/task:1}} */
  static String device(int task) {
    return "/job:" + JOB + "/replica:0/task:" + task;
  }

  /**
   * {@return {@code base} with what a worker's sessions need: task 0 as the collective group
   * leader, and device filters that keep session creation from waiting for every other task}
   *
   * @param base the run's session settings
   */
  public ConfigProto sessionConfig(ConfigProto base) {
    return base.toBuilder()
        .setExperimental(
            base.getExperimental().toBuilder().setCollectiveGroupLeader(device(0)).build())
        .clearDeviceFilters()
        .addDeviceFilters("/job:" + JOB + "/task:" + task)
        .build();
  }

  /**
   * Starts this task's gRPC server. The leader must also be in the server's default session config:
   * set on the session alone, the tasks wait for each other forever. TensorFlow cannot stop a gRPC
   * server cleanly; it ends with the process, so hold the returned object as long as the process
   * trains.
   *
   * @param base the run's session settings
   * @return the started server
   */
  public Server startServer(ConfigProto base) {
    JobDef.Builder job = JobDef.newBuilder().setName(JOB);
    for (int i = 0; i < addresses.size(); i++) {
      job.putTasks(i, addresses.get(i));
    }
    Server server =
        new Server(
            ServerDef.newBuilder()
                .setCluster(ClusterDef.newBuilder().addJob(job))
                .setJobName(JOB)
                .setTaskIndex(task)
                .setProtocol("grpc")
                .setDefaultSessionConfig(sessionConfig(base))
                .build());
    server.start();
    return server;
  }

  /**
   * {@return a session on {@code graph} through this task's server (started by {@link
   * #startServer})}
   *
   * @param graph the graph to run
   * @param base the run's session settings
   */
  public Session open(Graph graph, ConfigProto base) {
    return RemoteSession.open(graph, "grpc://" + addresses.get(task), sessionConfig(base));
  }

  /**
   * {@return the error of this worker's update that failed in {@code step}, saying what to do, on
   * one line (status.txt and run.log keep a line per event)} When a peer dies the others' updates
   * fail, at once if a message was in flight and at the all-reduce's deadline otherwise, so the
   * failure of an update almost always means a peer is gone.
   *
   * @param step the step whose update failed
   * @param cause what TensorFlow reported
   */
  public IllegalStateException failure(long step, TensorFlowException cause) {
    return new IllegalStateException(
        whoIn(step)
            + " stopped: the update failed, most likely because another worker stopped (an"
            + " all-reduce needs every worker). "
            + RESTART
            + " TensorFlow said: "
            + String.valueOf(cause.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "),
        cause);
  }

  /**
   * {@return the one-line report of {@link PeerWatch} that task {@code peer} stopped answering
   * while this task waited in the update of {@code step}}
   *
   * @param peer the task that no longer accepts connections
   * @param step the step whose update waits for it
   */
  public String peerLost(int peer, long step) {
    return whoIn(step)
        + " cannot finish: another worker stopped (task "
        + peer
        + " at "
        + addresses.get(peer)
        + " no longer accepts connections) and an all-reduce needs every worker; the update"
        + " fails at the all-reduce's deadline ("
        + timeoutSeconds
        + " s). "
        + RESTART;
  }

  private static final String RESTART =
      "Start all workers again and resume from the last checkpoint.";

  private String whoIn(long step) {
    return "worker task " + task + " of " + size() + " " + addresses + " in step " + step;
  }
}
