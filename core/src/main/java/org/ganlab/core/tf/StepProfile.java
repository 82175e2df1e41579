package org.ganlab.core.tf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;

/**
 * Where the time of traced {@code Session.run} calls went, by TensorFlow op type: each kernel's
 * execution time from the runtime's step statistics ({@link RunOptions.TraceLevel#FULL_TRACE}),
 * summed per type over the traced calls, largest first. Op types are read from the kernels that
 * ran, so ops that Grappler fused or added (e.g. {@code _FusedConv2D}) appear under their own
 * names. On a CPU kernels of independent ops overlap, so the sum can exceed the wall-clock time;
 * the shares say which ops a faster graph has to avoid or make cheaper.
 *
 * @param ops the op types, most total time first
 * @param calls how many {@code Session.run} calls were traced
 */
public record StepProfile(List<OpTime> ops, int calls) {
  /** The run options that make {@code Session.Runner.runAndFetchMetadata} record kernel times. */
  public static final RunOptions FULL_TRACE =
      RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();

  /**
   * The kernels of one op type.
   *
   * @param type the op type, e.g. {@code Conv2DBackpropFilter}
   * @param kernels how many kernels of the type ran, over all traced calls
   * @param micros their summed execution time in microseconds
   */
  public record OpTime(String type, long kernels, long micros) {}

  /**
   * Copies the list.
   *
   * @param ops the op types, most total time first
   * @param calls how many {@code Session.run} calls were traced
   */
  public StepProfile {
    ops = List.copyOf(ops);
  }

  /**
   * {@return the profile of the traced calls whose metadata is {@code traces}}
   *
   * @param traces what {@code runAndFetchMetadata} returned for each call run with {@link
   *     #FULL_TRACE}
   */
  public static StepProfile of(List<RunMetadata> traces) {
    Map<String, long[]> byType = new LinkedHashMap<>();
    for (RunMetadata m : traces) {
      for (DeviceStepStats device : m.getStepStats().getDevStatsList()) {
        for (NodeExecStats node : device.getNodeStatsList()) {
          long[] t = byType.computeIfAbsent(opType(node), k -> new long[2]);
          t[0]++;
          t[1] += node.getAllEndRelMicros();
        }
      }
    }
    List<OpTime> ops = new ArrayList<>();
    byType.forEach((type, t) -> ops.add(new OpTime(type, t[0], t[1])));
    ops.sort(Comparator.comparingLong(OpTime::micros).reversed().thenComparing(OpTime::type));
    return new StepProfile(ops, traces.size());
  }

  /**
   * The op type of a kernel: its timeline label reads {@code "name = Type(inputs)"}; kernels
   * without one (the executor's own {@code _SOURCE}) count under their node name.
   */
  static String opType(NodeExecStats node) {
    String label = node.getTimelineLabel();
    int eq = label.indexOf(" = ");
    int paren = label.indexOf('(', eq + 3);
    if (eq < 0 || paren < 0) {
      return node.getNodeName();
    }
    return label.substring(eq + 3, paren);
  }

  /** {@return the summed kernel time of every op type, in microseconds} */
  public long totalMicros() {
    return ops.stream().mapToLong(OpTime::micros).sum();
  }

  /**
   * {@return a table of the {@code n} op types with the most time, then the rest as one line}
   *
   * @param n how many op types to list
   */
  public String text(int n) {
    long total = Math.max(1, totalMicros());
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-40s %8s %12s %7s   (%d traced calls)%n",
            "op type",
            "kernels",
            "ms per call",
            "share",
            calls));
    long rest = 0;
    long restKernels = 0;
    for (int i = 0; i < ops.size(); i++) {
      OpTime o = ops.get(i);
      if (i < n) {
        b.append(row(o.type(), o.kernels(), o.micros(), total));
      } else {
        rest += o.micros();
        restKernels += o.kernels();
      }
    }
    if (ops.size() > n) {
      b.append(row("(" + (ops.size() - n) + " other types)", restKernels, rest, total));
    }
    b.append(row("all", ops.stream().mapToLong(OpTime::kernels).sum(), total, total));
    return b.toString();
  }

  private String row(String type, long kernels, long micros, long total) {
    return String.format(
        Locale.ROOT,
        "%-40s %8d %12.3f %5.1f %%%n",
        type,
        kernels,
        micros / 1000.0 / Math.max(1, calls),
        100.0 * micros / total);
  }
}
