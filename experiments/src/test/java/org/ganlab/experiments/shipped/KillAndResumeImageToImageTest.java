package org.ganlab.experiments.shipped;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kill and resume of the families that map one image to another, and of text-to-image. */
class KillAndResumeImageToImageTest extends KillAndResumeFamily {
  static Stream<Arguments> families() {
    return Stream.of(
        Arguments.of("cyclegan", CycleGanResumeTest.TINY),
        // CycleGAN's two pairs have no diagnostics; the other families write them.
        Arguments.of("pix2pix-edges", diagnosed(ShippedExperimentsTest.TINY_PIX2PIX)),
        Arguments.of("srgan-x4", diagnosed(ShippedExperimentsTest.TINY_SRGAN)),
        Arguments.of("text-to-image", diagnosed(ShippedExperimentsTest.TINY_TEXT_TO_IMAGE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void killedAndResumedEqualsUninterrupted(String name, List<String> tiny) throws Exception {
    killAndResume(name, tiny);
  }
}
