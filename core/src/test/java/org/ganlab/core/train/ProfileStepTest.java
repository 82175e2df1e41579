package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.tf.StepProfile;
import org.junit.jupiter.api.Test;

/** A profiled step is a step like any other, and its profile names the kernels that ran. */
class ProfileStepTest {
  @Test
  void aProfiledStepTrainsLikeAnUntracedOneAndReportsItsKernels() {
    String untraced;
    String traced;
    StepProfile profile;
    try (GanTrainer<GanModel> a = WorkerClusterTest.trainer(WorkerClusterTest.CONFIG);
        GanTrainer<GanModel> b = WorkerClusterTest.trainer(WorkerClusterTest.CONFIG)) {
      a.trainStep();
      a.trainStep();
      untraced = WorkerClusterTest.bits(a.trainStep()) + WorkerClusterTest.weights(a);
      b.trainStep();
      profile = b.profileStep();
      assertThat(b.step()).isEqualTo(2);
      traced = WorkerClusterTest.bits(b.trainStep()) + WorkerClusterTest.weights(b);
    }
    assertThat(traced).isEqualTo(untraced);
    // One discriminator and one generator update were traced; the tiny GAN is dense layers, whose
    // products run as oneDNN's MatMul kernels (_MklMatMul, _MklNativeFusedMatMul) on x86 CPUs.
    assertThat(profile.calls()).isEqualTo(2);
    assertThat(profile.ops())
        .extracting(StepProfile.OpTime::type)
        .anySatisfy(type -> assertThat(type).contains("MatMul"))
        .contains("Softplus");
    assertThat(profile.totalMicros()).isPositive();
  }
}
