package org.ganlab.core.parallel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * Watches the other tasks of a {@link WorkerCluster} and reports, once, when one that answered
 * before stops accepting connections while this task waits inside an update.
 *
 * <p>Why: an all-reduce whose peer died between two messages waits out its deadline, and
 * TensorFlow's abort of a timed-out collective can crash the process (a SIGSEGV in {@code
 * RingAlg::StartAbort} was seen with TensorFlow Java 1.1) before any Java code can say what
 * happened. The watch says it first, within a few seconds, whatever TensorFlow does next.
 *
 * <p>A peer counts as lost only after it accepted a connection once (tasks start at different
 * times) and then refused {@value #MISSES} probes in a row, one per {@value #PERIOD_MILLIS} ms.
 */
public final class PeerWatch implements AutoCloseable {
  static final long PERIOD_MILLIS = 1000;
  static final int MISSES = 2;
  private static final int CONNECT_TIMEOUT_MILLIS = 1000;

  private final WorkerCluster cluster;
  private final Consumer<String> report;
  private final long periodMillis;
  private final Thread thread;
  private volatile long inFlight = -1;
  private volatile boolean closed;

  /**
   * Starts watching on a daemon thread.
   *
   * @param cluster the workers, this process being {@code cluster.task()}
   * @param report receives the one-line message of {@link WorkerCluster#peerLost}
   */
  public PeerWatch(WorkerCluster cluster, Consumer<String> report) {
    this(cluster, report, PERIOD_MILLIS);
  }

  /** Probes every {@code periodMillis} ms (tests use a short period). */
  PeerWatch(WorkerCluster cluster, Consumer<String> report, long periodMillis) {
    this.cluster = cluster;
    this.report = report;
    this.periodMillis = periodMillis;
    this.thread = new Thread(this::watch, "peer-watch-task-" + cluster.task());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Marks this task as waiting inside the update of {@code step}.
   *
   * @param step the step whose update runs
   */
  public void enter(long step) {
    inFlight = step;
  }

  /** Marks the update as finished. */
  public void leave() {
    inFlight = -1;
  }

  private void watch() {
    int n = cluster.size();
    boolean[] seen = new boolean[n];
    int[] misses = new int[n];
    while (!closed) {
      for (int peer = 0; peer < n; peer++) {
        if (peer == cluster.task()) {
          continue;
        }
        if (answers(cluster.socketAddress(peer))) {
          seen[peer] = true;
          misses[peer] = 0;
        } else if (seen[peer]) {
          misses[peer]++;
        }
        long step = inFlight;
        if (misses[peer] >= MISSES && step >= 0 && !closed) {
          report.accept(cluster.peerLost(peer, step));
          return;
        }
      }
      try {
        Thread.sleep(periodMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static boolean answers(InetSocketAddress address) {
    try (Socket s = new Socket()) {
      s.connect(address, CONNECT_TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
