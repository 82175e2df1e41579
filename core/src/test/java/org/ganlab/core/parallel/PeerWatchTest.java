package org.ganlab.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A peer that answered once and then refuses connections is reported, once, only mid-update. */
class PeerWatchTest {
  private static final long PERIOD_MILLIS = 100;
  private static final long SETTLE_MILLIS = (PeerWatch.MISSES + 3) * PERIOD_MILLIS;

  private static WorkerCluster cluster(int peerPort) {
    return new WorkerCluster(List.of("127.0.0.1:1", "127.0.0.1:" + peerPort), 0, 15);
  }

  @Test
  void aPeerThatStopsAnsweringDuringAnUpdateIsReportedWithTheStep() throws Exception {
    List<String> reports = new CopyOnWriteArrayList<>();
    ServerSocket peer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    int port = peer.getLocalPort();
    try (PeerWatch watch = new PeerWatch(cluster(port), reports::add, PERIOD_MILLIS)) {
      Thread.sleep(PERIOD_MILLIS * 3);
      watch.enter(27);
      Thread.sleep(SETTLE_MILLIS);
      assertThat(reports).as("the peer still answers").isEmpty();
      peer.close();
      Thread.sleep(SETTLE_MILLIS);
      assertThat(reports)
          .containsExactly(
              "worker task 0 of 2 [127.0.0.1:1, 127.0.0.1:"
                  + port
                  + "] in step 27 cannot finish: another worker stopped (task 1 at 127.0.0.1:"
                  + port
                  + " no longer accepts connections) and an all-reduce needs every worker; the"
                  + " update fails at the all-reduce's deadline (15 s). Start all workers again"
                  + " and resume from the last checkpoint.");
    }
  }

  @Test
  void aPeerGoneBetweenUpdatesOrNeverSeenIsNotReported() throws Exception {
    List<String> reports = new CopyOnWriteArrayList<>();
    int neverStarted;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      neverStarted = s.getLocalPort();
    }
    try (PeerWatch watch = new PeerWatch(cluster(neverStarted), reports::add, PERIOD_MILLIS)) {
      watch.enter(1);
      Thread.sleep(SETTLE_MILLIS);
    }
    ServerSocket peer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    try (PeerWatch watch =
        new PeerWatch(cluster(peer.getLocalPort()), reports::add, PERIOD_MILLIS)) {
      Thread.sleep(PERIOD_MILLIS * 3);
      peer.close();
      Thread.sleep(SETTLE_MILLIS);
    }
    assertThat(reports).isEmpty();
  }
}
