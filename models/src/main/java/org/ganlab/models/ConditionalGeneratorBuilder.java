package org.ganlab.models;

import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds the generator of a {@link ConditionalGan}: the label's code (one-hot, or a learned
 * embedding) concatenated to z, then DCGAN's generator body.
 */
final class ConditionalGeneratorBuilder {
  private ConditionalGeneratorBuilder() {}

  static GeneratorNet build(ConditionalGan arch, Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Embedding<TFloat32> embedding =
        arch.labelInput() == ConditionalGan.LabelInput.EMBEDDING
            ? new Embedding<>(
                net,
                "label_embedding",
                arch.numClasses(),
                arch.embeddingDim(),
                Initializer.normal(1))
            : null;
    int codeDim = embedding != null ? arch.embeddingDim() : arch.numClasses();
    Layer<TFloat32> body =
        Blocks.generator(
            net,
            (long) arch.latentDim() + codeDim,
            arch.filters(),
            arch.channels(),
            arch.kernelSize(),
            Initializer.normal(arch.initStd()));
    return new ConditionalGenerator(net, body, arch.latentDim(), arch.numClasses(), embedding);
  }
}
