package org.ganlab.experiments.shipped;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kill and resume of the single-GAN families: ALI, and one GAN under each schedule. */
class KillAndResumeSingleGanTest extends KillAndResumeFamily {
  static Stream<Arguments> families() {
    List<String> diagnosed = diagnosed(TINY_IMAGES);
    return Stream.of(
        Arguments.of("ali", diagnosed),
        Arguments.of("acgan", diagnosed),
        // Single GANs on other data (gan-ring8's points, text's words) resume through the same
        // family as acgan and wgan-gp; FaultToleranceTest kills dcgan at three more points.
        Arguments.of("wgan-gp", diagnosed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void killedAndResumedEqualsUninterrupted(String name, List<String> tiny) throws Exception {
    killAndResume(name, tiny);
  }
}
