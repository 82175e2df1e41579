package org.ganlab.core.tf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ganlab.core.config.EnumKeys;

/**
 * The arithmetic a session runs a graph in. {@link #FP32} everywhere, or {@link #BF16} mixed
 * precision (Micikevicius et al. 2018; Keras' {@code mixed_bfloat16}): TensorFlow's graph optimizer
 * ({@code auto_mixed_precision_onednn_bfloat16}) runs matrix multiplications and convolutions, and
 * the element-wise ops between them, in bfloat16, while variables, optimizer slots and updates,
 * reductions and losses stay in float32, casting at the boundaries. The graph and its checkpoints
 * are the same in both: only the session's rewrite differs.
 *
 * <p>bfloat16 keeps float32's 8-bit exponent, so gradients neither underflow nor overflow where
 * float32's would not, and no loss scaling is needed (float16's 5-bit exponent is what makes it
 * necessary there). Without hardware support (AVX-512 BF16 or AMX) bfloat16 arithmetic is emulated
 * and slower than float32, so sessions refuse it there ({@link #checkSupported}).
 */
public enum Precision {
  /** float32 everywhere. */
  FP32,
  /** bfloat16 matrix multiplications and convolutions, float32 state. */
  BF16;

  /**
   * The ops a bf16 run keeps in float32: reductions, cross-entropy pieces, normalization, and the
   * leaky ReLU with its gradient ({@code Maximum}, {@code GreaterEqual}, {@code Select}; why:
   * docs/design.md, "Where a bf16 step's time goes").
   */
  public static final String FLOAT32_OPS =
      "Mean,Sum,Softplus,Sigmoid,Log,Exp,Rsqrt,SquaredDifference,Select,Maximum,GreaterEqual";

  private static final String LISTS = "TF_AUTO_MIXED_PRECISION_GRAPH_REWRITE_";

  /**
   * {@return the environment a JVM running bf16 sessions must start with: {@link #FLOAT32_OPS}
   * removed from the rewrite's infer and clear lists and added to its deny list}
   */
  public static Map<String, String> bf16Environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(LISTS + "INFERLIST_REMOVE", FLOAT32_OPS);
    env.put(LISTS + "CLEARLIST_REMOVE", FLOAT32_OPS);
    env.put(LISTS + "DENYLIST_ADD", FLOAT32_OPS);
    return env;
  }

  /** {@return the key value, {@code fp32} or {@code bf16}} */
  public String key() {
    return EnumKeys.key(this);
  }

  /**
   * {@return the precision called {@code key}}
   *
   * @param key {@code fp32} or {@code bf16}
   * @throws IllegalArgumentException naming the valid values for anything else
   */
  public static Precision parse(String key) {
    return EnumKeys.parse(Precision.class, "precision", key.strip());
  }

  /**
   * {@return the CPU's bfloat16 instruction-set flags found in {@code /proc/cpuinfo}: {@code
   * avx512_bf16}, {@code amx_bf16}; empty when it has neither or the file cannot be read}
   */
  public static Set<String> cpuBf16Flags() {
    return bf16Flags(CpuInfo.flags());
  }

  /** {@return the bfloat16 instruction-set flags among {@code cpuFlags}} */
  static Set<String> bf16Flags(Set<String> cpuFlags) {
    Set<String> found = new TreeSet<>(cpuFlags);
    found.retainAll(Set.of("avx512_bf16", "amx_bf16"));
    return found;
  }

  /**
   * Refuses {@link #BF16} on a CPU without bfloat16 instructions, or in a JVM started without
   * {@link #bf16Environment()}.
   *
   * @throws IllegalStateException for bf16 when {@link #cpuBf16Flags()} is empty or the environment
   *     lacks an entry, naming what is missing
   */
  public void checkSupported() {
    if (this != BF16) {
      return;
    }
    if (cpuBf16Flags().isEmpty()) {
      throw new IllegalStateException(
          "precision=bf16 needs a CPU with AVX-512 BF16 or AMX (flags avx512_bf16, amx_bf16 in"
              + " /proc/cpuinfo) and this one has neither: emulated bfloat16 is slower than"
              + " float32; use precision=fp32");
    }
    List<String> missing = new ArrayList<>();
    bf16Environment()
        .forEach(
            (k, v) -> {
              if (!v.equals(System.getenv(k))) {
                missing.add(k + "=" + v);
              }
            });
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "precision=bf16 keeps losses, reductions and normalization in float32 through"
              + " TensorFlow's rewrite lists, which it reads from the environment only; start"
              + " the JVM with "
              + String.join(" ", missing)
              + " (the ganlab launcher sets them)");
    }
  }
}
