package org.ganlab.metrics.features;

import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ganlab.core.data.Batch;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.types.TFloat32;

/**
 * InceptionV3 features from a user-supplied frozen TensorFlow graph ({@code .pb} GraphDef), as the
 * original FID code (TTUR, Heusel et al. 2017) computes them. Nothing is downloaded: pass the file,
 * for example {@code classify_image_graph_def.pb} from {@code inception-2015-12-05.tgz}, the graph
 * TTUR's {@code fid.py} and OpenAI's Inception Score code use.
 *
 * <p>What TTUR does, and what this class reproduces with the {@linkplain InceptionConfig#TTUR
 * default configuration}: the graph is imported under the name scope {@code FID_Inception_Net};
 * uint8-range images (floats in [0, 255], any size, 3 channels) are fed to {@code
 * FID_Inception_Net/ExpandDims:0}, where the graph itself resizes them bilinearly to 299x299 and
 * maps them to [-1, 1]; features are read from {@code FID_Inception_Net/pool_3:0}, shape [n, 1, 1,
 * 2048]. The logits of the Inception Score code (OpenAI's {@code improved-gan}, reused by TTUR) are
 * {@code squeeze(pool_3) x W} where W is the second input of the op {@code
 * FID_Inception_Net/softmax/logits/MatMul} (a [2048, 1008] constant; no bias is added): the graph's
 * own {@code softmax/logits} path reshapes pool_3 to a fixed [1, 2048] and so only works one image
 * at a time.
 *
 * <p>Preprocessing here, in TensorFlow ops before the graph's input: images in [-1, 1] are mapped
 * to [0, 255] by {@code (x + 1) * 127.5} (the inverse of the project's {@code b / 127.5 - 1}; not
 * rounded or clipped), grayscale images are repeated to 3 channels, and the result is resized to
 * {@link InceptionConfig#imageSize()} (299) with {@code ResizeBilinear} (align_corners = false,
 * half_pixel_centers = false: the same legacy op and settings the 2015 graph uses, so the graph's
 * own 299 -> 299 resize is then the identity and the features equal TTUR's). Resizing here also
 * makes graphs whose input is fixed at 299x299 work.
 *
 * <p>A name that the graph does not have fails at load time with a message listing the graph's
 * tensors. Owns a TensorFlow session: close it. Not thread-safe (one thread extracts at a time).
 */
public final class InceptionV3 implements FeatureExtractor {
  /** The extractor's name. */
  public static final String NAME = "inception-v3";

  /** How many tensor names an error message lists at most. */
  static final int LISTED_TENSORS = 60;

  private final InceptionConfig config;
  private final String identity;
  private final Graph graph;
  private final Session session;
  private final Placeholder<TFloat32> images;
  private final Operand<TFloat32> rgbPrepared;
  private final Operand<TFloat32> grayPrepared;
  private final Output<?> input;
  private final Operand<TFloat32> features;
  private final Operand<TFloat32> logits;
  private final Operand<TFloat32> probabilities;
  private final int featureDim;
  private final int numClasses;
  private boolean closed;

  private InceptionV3(Path graphFile, InceptionConfig config) {
    this.config = config;
    byte[] bytes = FrozenGraph.read(graphFile);
    GraphDef def = FrozenGraph.parse(graphFile, bytes);
    identity =
        Hashing.sha256()
            .newHasher()
            .putString(NAME + "\n" + config + "\n", StandardCharsets.UTF_8)
            .putBytes(bytes)
            .hash()
            .toString();
    graph = new Graph();
    try {
      FrozenGraph frozen = new FrozenGraph(graph, def, config.importPrefix(), graphFile.toString());
      String source = frozen.source();
      input = frozen.tensor("inputTensor", config.inputTensor());
      if (input.dataType() != DataType.DT_FLOAT) {
        throw new IllegalArgumentException(
            "input tensor "
                + config.inputTensor()
                + " of "
                + source
                + " is "
                + input.dataType()
                + ", expected DT_FLOAT (images in [0, 255])");
      }
      InceptionHeads heads = new InceptionHeads(frozen, config);
      featureDim = heads.featureDim();

      Ops tf = Ops.create(graph);
      InceptionPreprocessing pre =
          InceptionPreprocessing.build(tf.withSubScope("ganlab_preprocess"), config.imageSize());
      images = pre.images();
      rgbPrepared = pre.rgb();
      grayPrepared = pre.gray();

      InceptionHeads.Outputs outputs = heads.build(tf.withSubScope("ganlab_outputs"));
      features = outputs.features();
      logits = outputs.logits();
      probabilities = outputs.probabilities();
      numClasses = outputs.numClasses();
      session = SessionSettings.defaults().open(graph);
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /**
   * Loads a frozen graph with TTUR's names and settings ({@link InceptionConfig#TTUR}).
   *
   * @param graphFile the frozen graph ({@code .pb})
   * @return the extractor; the caller closes it
   */
  public static InceptionV3 load(Path graphFile) {
    return new InceptionV3(graphFile, InceptionConfig.TTUR);
  }

  /**
   * Loads a frozen graph with the given names and settings.
   *
   * @param graphFile the frozen graph ({@code .pb})
   * @param config the tensor names and preprocessing settings
   * @return the extractor; the caller closes it
   */
  public static InceptionV3 load(Path graphFile, InceptionConfig config) {
    return new InceptionV3(graphFile, config);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** SHA-256 of the graph file's bytes and the configuration. */
  @Override
  public String identity() {
    return identity;
  }

  /** {@return the configuration} */
  public InceptionConfig config() {
    return config;
  }

  @Override
  public int featureDim() {
    return featureDim;
  }

  /** 1008 for the 2015 graph (ImageNet's 1000 classes and 8 unused outputs), 0 without a head. */
  @Override
  public int numClasses() {
    return numClasses;
  }

  @Override
  public int batchSize() {
    return config.batchSize();
  }

  /**
   * Features (and logits and probabilities, if configured) of [n, h, w, 1] or [n, h, w, 3] images
   * in [-1, 1].
   *
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public ExtractedFeatures extract(Batch batch) {
    Preconditions.checkState(!closed, "this InceptionV3 is closed: close() has been called");
    int[] shape = Batches.nhwc(batch, NAME);
    if (shape[3] != 1 && shape[3] != 3) {
      throw new IllegalArgumentException(
          NAME + " takes grayscale or RGB images, got " + shape[3] + " channels");
    }
    if (shape[0] <= batchSize()) {
      return run(batch);
    }
    ExtractedFeatures.Builder out = new ExtractedFeatures.Builder(shape[0]);
    for (int from = 0; from < shape[0]; from += batchSize()) {
      out.add(run(Batches.slice(batch, from, Math.min(shape[0], from + batchSize()))));
    }
    return out.build();
  }

  private ExtractedFeatures run(Batch batch) {
    int[] s = batch.shape();
    Operand<TFloat32> prepared = s[3] == 1 ? grayPrepared : rgbPrepared;
    // Two runs: the prepared images are fed to the graph's input tensor, which in the 2015 graph
    // is an intermediate (ExpandDims) that cannot be wired to our ops after import.
    try (TFloat32 x = batch.toTensor();
        Result pre = session.runner().feed(images, x).fetch(prepared).run()) {
      Tensor ready = pre.get(0);
      Session.Runner r = session.runner().feed(input, ready).fetch(features);
      if (logits != null) {
        r.fetch(logits).fetch(probabilities);
      }
      try (Result res = r.run()) {
        return new ExtractedFeatures(
            Batches.matrix((TFloat32) res.get(0)),
            logits == null ? null : Batches.matrix((TFloat32) res.get(1)),
            logits == null ? null : Batches.matrix((TFloat32) res.get(2)));
      }
    }
  }

  /** Closes the session and graph (once; later calls do nothing). */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.close();
      graph.close();
    }
  }

  @Override
  public String toString() {
    return "InceptionV3[" + identity.substring(0, 12) + ", " + config + "]";
  }
}
