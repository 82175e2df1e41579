package org.ganlab.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/** Checkpoint round trips, the checksum manifest, damage detection, listing. */
class CheckpointerTest {
  private static final String DATA = "ckpt.data-00000-of-00001";
  private static final String INDEX = "ckpt.index";

  @TempDir Path tmp;

  /** A graph with variables of three dtypes, initialized from {@code base}. */
  private static final class Model implements AutoCloseable {
    final Graph graph = new Graph();
    final Ops tf = Ops.create(graph);
    final Variable<TFloat32> weights;
    final Variable<TFloat64> stats;
    final Variable<TInt64> step;
    final Checkpointer checkpointer;
    final Session session;

    Model(float base) {
      Ops s = tf.withSubScope("net");
      weights = s.withName("weights").variable(Shape.of(2, 3), TFloat32.class);
      stats = s.withName("stats").variable(Shape.of(2), TFloat64.class);
      step = tf.withName("global_step").variable(Shape.scalar(), TInt64.class);
      Ops init = tf.withInitScope();
      init.assign(
          weights,
          init.constant(
              new float[][] {{base, base + 1, base + 2}, {base + 3, base + 4, base + 5}}));
      init.assign(stats, init.constant(new double[] {base / 3.0, -base}));
      init.assign(step, init.constant((long) base));
      checkpointer = new Checkpointer(graph);
      session = new Session(graph);
      session.initialize();
    }

    float[] weights() {
      try (Result r = session.runner().fetch(weights).run()) {
        float[] out = new float[6];
        ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
        return out;
      }
    }

    double[] stats() {
      try (Result r = session.runner().fetch(stats).run()) {
        double[] out = new double[2];
        ((TFloat64) r.get(0)).asRawTensor().data().asDoubles().read(out);
        return out;
      }
    }

    long step() {
      try (Result r = session.runner().fetch(step).run()) {
        return ((TInt64) r.get(0)).getLong();
      }
    }

    @Override
    public void close() {
      session.close();
      graph.close();
    }
  }

  private Path saved(long step) {
    Path dir = tmp.resolve("checkpoints").resolve(Checkpointer.dirName(step));
    try (Model m = new Model(step)) {
      m.checkpointer.save(m.session, dir);
    }
    return dir;
  }

  @Test
  void saveWritesTensorFlowFilesAndAManifestOfTheirHashes() throws IOException {
    Path dir = saved(10);
    assertThat(dir.getFileName().toString()).isEqualTo("step-000010");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(INDEX, DATA, Checkpointer.MANIFEST);
    }
    List<String> lines =
        Files.readAllLines(dir.resolve(Checkpointer.MANIFEST), StandardCharsets.UTF_8);
    assertThat(lines)
        .containsExactly(
            Checkpointer.sha256(dir.resolve(DATA)) + "  " + DATA,
            Checkpointer.sha256(dir.resolve(INDEX)) + "  " + INDEX);
    assertThat(Checkpointer.verify(dir)).isEmpty();
    assertThat(Files.exists(tmp.resolve("checkpoints/step-000010.tmp"))).isFalse();
  }

  @Test
  void restoreIntoAFreshGraphGivesTheSavedValuesOfEveryDtype() {
    Path dir = saved(10);
    try (Model fresh = new Model(99)) {
      assertThat(fresh.checkpointer.variableNames())
          .containsExactly("global_step", "net/stats", "net/weights");
      assertThat(fresh.weights()[0]).isEqualTo(99f);
      fresh.checkpointer.restore(fresh.session, dir);
      assertThat(fresh.weights()).containsExactly(10, 11, 12, 13, 14, 15);
      assertThat(fresh.stats()).containsExactly(10 / 3.0, -10.0);
      assertThat(fresh.step()).isEqualTo(10);
    }
  }

  @Test
  void aFlippedByteInTheDataFileIsDetectedAndNamed() throws IOException {
    Path dir = saved(10);
    Path data = dir.resolve(DATA);
    byte[] bytes = Files.readAllBytes(data);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(data, bytes);
    Optional<String> problem = Checkpointer.verify(dir);
    assertThat(problem).isPresent();
    assertThat(problem.get()).contains("checksum mismatch").contains(DATA);
    try (Model fresh = new Model(99)) {
      assertThatThrownBy(() -> fresh.checkpointer.restore(fresh.session, dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("damaged")
          .hasMessageContaining(DATA);
      assertThat(fresh.weights()[0]).as("nothing restored").isEqualTo(99f);
    }
  }

  @Test
  void aTruncatedIndexFileIsDetected() throws IOException {
    Path dir = saved(10);
    Path index = dir.resolve(INDEX);
    byte[] bytes = Files.readAllBytes(index);
    Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThat(Checkpointer.verify(dir))
        .hasValueSatisfying(p -> assertThat(p).contains("checksum mismatch").contains(INDEX));
  }

  @Test
  void missingFilesAndManifestsAreDetected() throws IOException {
    Path dir = saved(10);
    Files.delete(dir.resolve(DATA));
    assertThat(Checkpointer.verify(dir)).hasValue("missing file " + DATA);
    Files.delete(dir.resolve(Checkpointer.MANIFEST));
    assertThat(Checkpointer.verify(dir)).hasValue("no " + Checkpointer.MANIFEST);
    Path other = saved(11);
    Files.writeString(other.resolve(Checkpointer.MANIFEST), "not a manifest\n");
    assertThat(Checkpointer.verify(other))
        .hasValueSatisfying(p -> assertThat(p).contains("malformed manifest line"));
    Files.writeString(other.resolve(Checkpointer.MANIFEST), "\n");
    assertThat(Checkpointer.verify(other))
        .hasValueSatisfying(p -> assertThat(p).contains("lists no files"));
  }

  @Test
  void saveRefusesToOverwriteAndReplacesALeftoverTemporaryDirectory() throws IOException {
    Path dir = saved(10);
    try (Model m = new Model(1)) {
      assertThatThrownBy(() -> m.checkpointer.save(m.session, dir))
          .hasMessageContaining("already exists");
      // a crash during an earlier save of step 20 left step-000020.tmp behind
      Path crashed = tmp.resolve("checkpoints/step-000020.tmp");
      Files.createDirectories(crashed);
      Files.writeString(crashed.resolve(INDEX), "half written");
      Path next = tmp.resolve("checkpoints/step-000020");
      m.checkpointer.save(m.session, next);
      assertThat(Checkpointer.verify(next)).isEmpty();
      assertThat(Files.exists(crashed)).isFalse();
    }
    // the refused save left the existing checkpoint intact
    assertThat(Checkpointer.verify(dir)).isEmpty();
  }

  @Test
  void listReturnsCompleteLookingStepDirectoriesNewestFirst() throws IOException {
    Path root = tmp.resolve("checkpoints");
    saved(2);
    saved(100);
    saved(10);
    Files.createDirectories(root.resolve("step-000200.tmp")); // crash leftover
    Files.createDirectories(root.resolve("latest")); // unrelated
    Files.writeString(root.resolve("step-notanumber"), "x");
    assertThat(Checkpointer.list(root))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("step-000100", "step-000010", "step-000002");
    assertThat(Checkpointer.stepOf(root.resolve("step-000100"))).isEqualTo(100);
    assertThat(Checkpointer.list(tmp.resolve("does-not-exist"))).isEmpty();
    // a step beyond six digits still sorts by number
    saved(1_000_000);
    assertThat(Checkpointer.list(root).get(0).getFileName().toString()).isEqualTo("step-1000000");
  }

  @Test
  void aGraphWithoutVariablesIsRejected() {
    try (Graph g = new Graph()) {
      assertThatThrownBy(() -> new Checkpointer(g))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no variables");
    }
  }
}
