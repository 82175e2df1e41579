package org.ganlab.core.checkpoint;

import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Operation;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TString;

/**
 * Saves and restores every variable of a graph (weights, optimizer slots, moving statistics, the
 * global step) in TensorFlow's V2 checkpoint format ({@code ckpt.index} + {@code
 * ckpt.data-00000-of-00001}), readable by {@code tf.train.load_checkpoint}.
 *
 * <p>A checkpoint is a directory {@code step-000500/} holding the TensorFlow files and a {@code
 * MANIFEST.sha256} with each file's SHA-256. It is written under a temporary name and renamed into
 * place only when complete, so a crash never leaves a checkpoint that looks finished; a damaged one
 * fails {@link #verify} and is skipped by {@link
 * org.ganlab.core.train.hooks.CheckpointHook#restoreNewest}.
 *
 * <p>Holds only its graph's save and restore ops and is otherwise immutable, but it runs on a
 * session: use it from the thread that owns that session.
 */
public final class Checkpointer {
  /** Name of the checksum manifest inside a checkpoint directory. */
  public static final String MANIFEST = "MANIFEST.sha256";

  private static final String PREFIX = "ckpt";

  private final Placeholder<TString> path;
  private final Operation save;
  private final Op restore;
  private final List<String> variableNames;

  /**
   * Builds save and restore ops for every variable now in {@code graph}; build it after the whole
   * training graph.
   *
   * @param graph the graph whose variables are saved and restored
   */
  public Checkpointer(Graph graph) {
    Ops tf = Ops.create(graph).withSubScope("checkpoint");
    List<Output<?>> vars = new ArrayList<>();
    for (Iterator<GraphOperation> it = graph.operations(); it.hasNext(); ) {
      Operation op = it.next();
      if (op.type().equals("VariableV2")) {
        vars.add(op.output(0));
      }
    }
    vars.sort(Comparator.comparing(o -> o.op().name()));
    if (vars.isEmpty()) {
      throw new IllegalStateException("graph has no variables to checkpoint");
    }
    variableNames = vars.stream().map(o -> o.op().name()).toList();
    path = tf.withName("path").placeholder(TString.class);
    Operand<TString> names =
        tf.constant(NdArrays.vectorOfObjects(variableNames.toArray(new String[0])));
    Operand<TString> slices =
        tf.constant(
            NdArrays.vectorOfObjects(variableNames.stream().map(n -> "").toArray(String[]::new)));
    save =
        graph
            .opBuilder("SaveV2", "checkpoint/save", graph.baseScope())
            .addInput(path.asOutput())
            .addInput(names.asOutput())
            .addInput(slices.asOutput())
            .addInputList(vars.toArray(new Output<?>[0]))
            .build();
    // Ref variables report DT_FLOAT_REF etc.; RestoreV2 wants the value types (ref type - 100).
    DataType[] types =
        vars.stream()
            .map(Output::dataType)
            .map(t -> t.getNumber() > 100 ? DataType.forNumber(t.getNumber() - 100) : t)
            .toArray(DataType[]::new);
    Operation restored =
        graph
            .opBuilder("RestoreV2", "checkpoint/restore_v2", graph.baseScope())
            .addInput(path.asOutput())
            .addInput(names.asOutput())
            .addInput(slices.asOutput())
            .setAttr("dtypes", types)
            .build();
    List<Op> assigns = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      assigns.add(assignRaw(tf, vars.get(i), restored.output(i)));
    }
    restore = tf.withControlDependencies(assigns).withName("restore").noOp();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Op assignRaw(Ops tf, Output<?> var, Output<?> value) {
    return tf.assign((Operand) var, (Operand) value);
  }

  /** {@return names of the checkpointed variables, sorted} */
  public List<String> variableNames() {
    return variableNames;
  }

  /**
   * Writes a checkpoint of the session's variables to {@code dir} (which must not exist),
   * atomically: files go to a temporary sibling directory that is renamed when complete.
   *
   * @param session the session holding the variables' values
   * @param dir the checkpoint directory to create
   */
  public void save(Session session, Path dir) {
    Path tmp = temporary(dir);
    try {
      if (Files.exists(dir)) {
        throw new IllegalStateException("checkpoint " + dir + " already exists");
      }
      deleteIfExists(tmp);
      Files.createDirectories(tmp);
      try {
        try (TString p = TString.scalarOf(tmp.resolve(PREFIX).toString())) {
          session.runner().feed(path, p).addTarget(save).run();
        }
        CheckpointManifest.write(tmp);
        try {
          Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, dir);
        }
      } catch (IOException | RuntimeException e) {
        // A full disk or a failed write: no half-written folder is left behind.
        deleteIfExists(tmp);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Restores every variable from {@code dir} after checking its manifest.
   *
   * @param session the session whose variables are assigned
   * @param dir the checkpoint directory to read
   */
  public void restore(Session session, Path dir) {
    Optional<String> problem = verify(dir);
    if (problem.isPresent()) {
      throw new IllegalStateException("checkpoint " + dir + " is damaged: " + problem.get());
    }
    try (TString p = TString.scalarOf(dir.resolve(PREFIX).toString())) {
      session.runner().feed(path, p).addTarget(restore).run();
    }
  }

  /**
   * {@return why {@code dir} is not a complete, intact checkpoint; empty if it is}
   *
   * @param dir the checkpoint directory to check
   */
  public static Optional<String> verify(Path dir) {
    return CheckpointManifest.verify(dir);
  }

  /**
   * {@return checkpoint directories under {@code root} named step-N, newest (highest step) first}
   *
   * @param root the directory holding the checkpoints
   */
  public static List<Path> list(Path root) {
    return named(root, "step-\\d+").stream()
        .sorted(Comparator.comparingLong(Checkpointer::stepOf).reversed())
        .toList();
  }

  /**
   * {@return temporary checkpoint directories under {@code root} (see {@link #temporary}): after a
   * crash, the leftovers of a save or a deletion that did not finish}
   *
   * @param root the directory holding the checkpoints
   */
  public static List<Path> temporaries(Path root) {
    return named(root, "step-\\d+\\.tmp");
  }

  private static List<Path> named(Path root, String pattern) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().matches(pattern)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list checkpoints in " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return where checkpoint {@code dir} is written before it is renamed into place, and renamed
   * before it is deleted: a name {@link #list} skips, so no reader sees a checkpoint half-done}
   *
   * @param dir a checkpoint directory named step-N
   */
  public static Path temporary(Path dir) {
    return dir.resolveSibling(dir.getFileName() + ".tmp");
  }

  /**
   * {@return the step encoded in a checkpoint directory name}
   *
   * @param dir a checkpoint directory named step-N
   */
  public static long stepOf(Path dir) {
    return Long.parseLong(dir.getFileName().toString().substring("step-".length()));
  }

  /**
   * {@return the directory name of the checkpoint at {@code step}}
   *
   * @param step the global step of the checkpoint
   */
  public static String dirName(long step) {
    return String.format("step-%06d", step);
  }

  /**
   * {@return hex SHA-256 of a file's bytes}
   *
   * @param f the file to hash
   * @throws IOException if the file cannot be read
   */
  public static String sha256(Path f) throws IOException {
    return MoreFiles.asByteSource(f).hash(Hashing.sha256()).toString();
  }

  private static void deleteIfExists(Path p) throws IOException {
    if (Files.exists(p)) {
      MoreFiles.deleteRecursively(p, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }
}
