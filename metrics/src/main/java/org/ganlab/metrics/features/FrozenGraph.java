package org.ganlab.metrics.features;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.types.TFloat32;

/**
 * The frozen graph behind {@link InceptionV3}: a GraphDef ({@code .pb}) file read and imported into
 * a {@link Graph} under a name scope, and lookups of its tensors and ops by the names in {@link
 * InceptionConfig}. A name the graph does not have fails with a message listing the graph's
 * tensors.
 */
final class FrozenGraph {
  private final Graph graph;
  private final String source;
  private final String importPrefix;

  /**
   * Imports {@code def} into {@code graph}.
   *
   * @param importPrefix name scope to import under ("" for none)
   * @param source the file it was read from, for messages
   */
  FrozenGraph(Graph graph, GraphDef def, String importPrefix, String source) {
    this.graph = graph;
    this.source = source;
    this.importPrefix = importPrefix;
    if (importPrefix.isEmpty()) {
      graph.importGraphDef(def);
    } else {
      graph.importGraphDef(def, importPrefix);
    }
  }

  /** The file's bytes; a missing file is an {@link IllegalArgumentException}. */
  static byte[] read(Path graphFile) {
    try {
      return Files.readAllBytes(graphFile);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          "frozen Inception graph "
              + graphFile
              + " not found"
              + " (expected a GraphDef .pb file such as classify_image_graph_def.pb)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read frozen Inception graph " + graphFile + ": " + e.getMessage(), e);
    }
  }

  /** The GraphDef in {@code bytes}, read from {@code graphFile}. */
  static GraphDef parse(Path graphFile, byte[] bytes) {
    try {
      return GraphDef.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(
          graphFile + " is not a TensorFlow GraphDef (.pb): " + e.getMessage(), e);
    }
  }

  /** The file the graph was read from. */
  String source() {
    return source;
  }

  // "name:index" (":0" if omitted) -> the output, or an error that lists the graph's tensors.
  Output<?> tensor(String option, String name) {
    int colon = name.lastIndexOf(':');
    String opName = colon < 0 ? name : name.substring(0, colon);
    int index = 0;
    if (colon >= 0) {
      try {
        index = Integer.parseInt(name.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "bad tensor name '" + name + "' (" + option + "): expected op_name:output_index", e);
      }
    }
    GraphOperation op = graph.operation(opName);
    if (op == null || index < 0 || index >= op.numOutputs()) {
      throw missing(option, "tensor", name);
    }
    return op.output(index);
  }

  Output<TFloat32> floatTensor(String option, String name) {
    Output<?> t = tensor(option, name);
    if (t.dataType() != DataType.DT_FLOAT) {
      throw new IllegalArgumentException(
          "tensor "
              + name
              + " ("
              + option
              + ") of "
              + source
              + " is "
              + t.dataType()
              + ", expected DT_FLOAT");
    }
    return t.expect(TFloat32.class);
  }

  GraphOperation operation(String option, String name) {
    GraphOperation op = graph.operation(name);
    if (op == null) {
      throw missing(option, "op", name);
    }
    return op;
  }

  private IllegalArgumentException missing(String option, String what, String name) {
    List<String> names = new ArrayList<>();
    int total = 0;
    for (Iterator<GraphOperation> it = graph.operations(); it.hasNext(); ) {
      GraphOperation op = it.next();
      for (int i = 0; i < op.numOutputs(); i++) {
        total++;
        if (names.size() < InceptionV3.LISTED_TENSORS) {
          names.add(op.name() + ":" + i + " " + op.output(i).shape());
        }
      }
    }
    return new IllegalArgumentException(
        "frozen graph "
            + source
            + " has no "
            + what
            + " '"
            + name
            + "' (Config."
            + option
            + "; the import prefix is '"
            + importPrefix
            + "'). It has "
            + total
            + " tensors"
            + (total > names.size() ? ", the first " + names.size() + ":" : ":")
            + "\n  "
            + String.join("\n  ", names));
  }
}
