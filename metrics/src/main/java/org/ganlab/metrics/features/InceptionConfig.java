package org.ganlab.metrics.features;

/**
 * The configuration of an {@link InceptionV3} extractor: where the tensors of its frozen graph are
 * and how images are prepared.
 *
 * @param importPrefix name scope the GraphDef is imported under ("" for none); the tensor names
 *     below include it
 * @param inputTensor float32 images [n, h, w, 3] in [0, 255] are fed here
 * @param poolTensor the features, [n, ..., d] (flattened to [n, d])
 * @param logitsMatMulOp an op whose second input is the [d, classes] logit weight matrix, so that
 *     logits = features x W; "" if not used
 * @param logitsTensor a tensor holding [n, classes] logits directly, which takes precedence over
 *     {@code logitsMatMulOp}; "" if not used (both "" means no classifier head)
 * @param imageSize images are resized to this square size before being fed; 0 feeds them at their
 *     own size
 * @param batchSize images per session run (TTUR: 50)
 */
public record InceptionConfig(
    String importPrefix,
    String inputTensor,
    String poolTensor,
    String logitsMatMulOp,
    String logitsTensor,
    int imageSize,
    int batchSize) {

  /** The names and settings of TTUR's {@code fid.py} with the 2015-12-05 Inception graph. */
  public static final InceptionConfig TTUR =
      new InceptionConfig(
          "FID_Inception_Net",
          "FID_Inception_Net/ExpandDims:0",
          "FID_Inception_Net/pool_3:0",
          "FID_Inception_Net/softmax/logits/MatMul",
          "",
          299,
          50);

  /**
   * Validates the settings.
   *
   * @param importPrefix name scope the GraphDef is imported under ("" for none); the tensor names
   *     below include it
   * @param inputTensor float32 images [n, h, w, 3] in [0, 255] are fed here
   * @param poolTensor the features, [n, ..., d] (flattened to [n, d])
   * @param logitsMatMulOp an op whose second input is the [d, classes] logit weight matrix, so that
   *     logits = features x W; "" if not used
   * @param logitsTensor a tensor holding [n, classes] logits directly, which takes precedence over
   *     {@code logitsMatMulOp}; "" if not used (both "" means no classifier head)
   * @param imageSize images are resized to this square size before being fed; 0 feeds them at their
   *     own size
   * @param batchSize images per session run (TTUR: 50)
   */
  public InceptionConfig {
    if (importPrefix == null
        || inputTensor == null
        || poolTensor == null
        || logitsMatMulOp == null
        || logitsTensor == null) {
      throw new IllegalArgumentException("tensor names must not be null (use \"\" for none)");
    }
    if (inputTensor.isEmpty() || poolTensor.isEmpty()) {
      throw new IllegalArgumentException("inputTensor and poolTensor are required");
    }
    if (imageSize < 0 || batchSize <= 0) {
      throw new IllegalArgumentException(
          "imageSize must be >= 0 and batchSize > 0, got " + imageSize + ", " + batchSize);
    }
  }

  /**
   * {@return this configuration with another batch size}
   *
   * @param newBatchSize images per session run
   */
  public InceptionConfig withBatchSize(int newBatchSize) {
    return new InceptionConfig(
        importPrefix,
        inputTensor,
        poolTensor,
        logitsMatMulOp,
        logitsTensor,
        imageSize,
        newBatchSize);
  }

  /**
   * {@return this configuration with other tensor names (prefix unchanged)}
   *
   * @param input the name of the image input tensor
   * @param pool the name of the pooled feature tensor
   * @param matMulOp the name of the final matrix-multiplication op
   * @param logits the name of the logits tensor
   */
  public InceptionConfig withTensors(String input, String pool, String matMulOp, String logits) {
    return new InceptionConfig(importPrefix, input, pool, matMulOp, logits, imageSize, batchSize);
  }
}
