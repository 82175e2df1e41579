package org.ganlab.experiments.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.InvertAndMirror;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.eval.TranslationTruth;
import org.junit.jupiter.api.Test;

/** Which label readout each unpaired task gets from the default evaluator. */
class TranslationTruthOfTest {
  private static final ImageDataset TWO =
      ImageDataset.ofPixels("hand", 2, 1, 2, 1, new byte[] {0, (byte) 255, 0, 0}, null, 0);

  @Test
  void invertAndMirrorReadsThroughItsInverseTheOthersThroughF() {
    Seeds seeds = new Seeds(1);
    assertThat(Evaluators.truthOf(new UnpairedTranslation(TWO, seeds)))
        .isEqualTo(TranslationTruth.involution(new InvertAndMirror()));
    assertThat(Evaluators.truthOf(new UnpairedTranslation(TWO, seeds, new ColourMap())))
        .isEqualTo(TranslationTruth.garmentInDomainA(new ColourMap()));
    assertThat(Evaluators.truthOf(new UnpairedTranslation(TWO, seeds, SobelEdges.standard())))
        .isEqualTo(TranslationTruth.garmentInDomainA(SobelEdges.standard()));
  }
}
