package org.ganlab.experiments.cli;

import java.nio.file.Path;
import org.ganlab.experiments.ConfigException;
import org.ganlab.metrics.features.FashionClassifier;
import org.ganlab.metrics.features.FeatureExtractor;
import org.ganlab.metrics.features.InceptionConfig;
import org.ganlab.metrics.features.InceptionV3;
import picocli.CommandLine.Option;

/** {@code --extractor fashion|inception [--inception-graph FILE.pb] [--batch-size N]}. */
final class ExtractorOptions {
  /** The feature extractors the CLI offers. */
  enum Kind {
    fashion,
    inception
  }

  @Option(
      names = "--extractor",
      paramLabel = "NAME",
      description =
          "feature extractor for image inputs: fashion (the shipped Fashion-MNIST"
              + " classifier, 128-d features, 10 classes; the default) or inception (InceptionV3"
              + " from --inception-graph, 2048-d features, 1008 classes)")
  Kind kind;

  @Option(
      names = "--inception-graph",
      paramLabel = "FILE.pb",
      description =
          "frozen InceptionV3 GraphDef (e.g. TTUR's classify_image_graph_def.pb);"
              + " implies --extractor inception")
  Path inceptionGraph;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description =
          "images per session run (default: the extractor's own, 500 for fashion,"
              + " 50 for inception)")
  Integer batchSize;

  /** The extractor the options select (checked before anything is loaded). */
  Kind resolved() {
    if (batchSize != null && batchSize < 1) {
      throw new ConfigException("--batch-size must be >= 1, got " + batchSize);
    }
    Kind k = kind != null ? kind : inceptionGraph != null ? Kind.inception : Kind.fashion;
    if (k == Kind.inception && inceptionGraph == null) {
      throw new ConfigException(
          "--extractor inception needs --inception-graph FILE.pb (a frozen"
              + " InceptionV3 graph such as TTUR's classify_image_graph_def.pb; nothing is"
              + " downloaded)");
    }
    if (k == Kind.fashion && inceptionGraph != null) {
      throw new ConfigException(
          "--inception-graph " + inceptionGraph + " is only used with --extractor inception");
    }
    return k;
  }

  /** Creates the selected extractor; the caller closes it. */
  FeatureExtractor create() {
    return switch (resolved()) {
      case fashion ->
          batchSize == null
              ? FashionClassifier.pretrained()
              : FashionClassifier.pretrained(batchSize);
      case inception ->
          batchSize == null
              ? InceptionV3.load(inceptionGraph)
              : InceptionV3.load(inceptionGraph, InceptionConfig.TTUR.withBatchSize(batchSize));
    };
  }
}
