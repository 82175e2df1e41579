package org.ganlab.core.tf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.core.tf.StepProfile.OpTime;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.StepStats;

/** Kernel times summed by op type over traced calls, largest first, and printed as shares. */
class StepProfileTest {
  private static NodeExecStats node(String name, String label, long micros) {
    return NodeExecStats.newBuilder()
        .setNodeName(name)
        .setTimelineLabel(label)
        .setAllEndRelMicros(micros)
        .build();
  }

  private static RunMetadata call(NodeExecStats... nodes) {
    return RunMetadata.newBuilder()
        .setStepStats(
            StepStats.newBuilder()
                .addDevStats(
                    DeviceStepStats.newBuilder()
                        .setDevice("/job:localhost/replica:0/task:0/device:CPU:0")
                        .addAllNodeStats(List.of(nodes))))
        .build();
  }

  @Test
  void sumsKernelTimesByOpTypeOverCalls() {
    StepProfile p =
        StepProfile.of(
            List.of(
                call(
                    node("d/conv", "d/conv = _FusedConv2D(x, d/kernel)", 3000),
                    node("d/grad", "d/grad = Conv2DBackpropFilter(x, a, b)", 5000),
                    node("_SOURCE", "", 2)),
                call(
                    node("g/conv", "g/conv = _FusedConv2D(z, g/kernel)", 1000),
                    node("g/add", "g/add = AddV2(a, b)", 40))));
    assertThat(p.calls()).isEqualTo(2);
    assertThat(p.ops())
        .containsExactly(
            new OpTime("Conv2DBackpropFilter", 1, 5000),
            new OpTime("_FusedConv2D", 2, 4000),
            new OpTime("AddV2", 1, 40),
            new OpTime("_SOURCE", 1, 2));
    assertThat(p.totalMicros()).isEqualTo(9042);
    // 5000 us over 2 calls is 2.5 ms per call, 5000 / 9042 of the total is 55.3 %
    assertThat(p.text(2))
        .contains("Conv2DBackpropFilter                            1        2.500  55.3 %")
        .contains("_FusedConv2D                                    2        2.000  44.2 %")
        .contains("(2 other types)                                 2        0.021   0.5 %")
        .contains("all                                             5        4.521 100.0 %");
  }
}
