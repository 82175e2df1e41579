package org.ganlab.core.tf;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * Whether TensorFlow runs its CPU convolutions, matrix multiplications and their fusions through
 * oneDNN in this process. TensorFlow decides once, when its library loads, from the environment
 * variable {@value #ENVIRONMENT_VARIABLE}; when it is unset, Linux builds turn oneDNN on only for
 * CPUs with AVX-512 VNNI, AVX-512 BF16, AVX-VNNI or AMX. On a CPU without them its Eigen kernels
 * run instead, which are much slower for a DCGAN's convolutions, and runs there compute in a
 * different order from runs on newer CPUs. The {@code ganlab} launcher and the build's test
 * configuration therefore set it to 1; a plain-Java program should start its JVM with it.
 */
public final class OneDnn {
  /** The variable TensorFlow reads. */
  public static final String ENVIRONMENT_VARIABLE = "TF_ENABLE_ONEDNN_OPTS";

  /** The value the launcher and the test configuration set. */
  public static final String ON = "1";

  /**
   * The CPU flags with which TensorFlow turns oneDNN on by itself (tensorflow/core/util/port.cc).
   */
  static final Set<String> DEFAULT_ON_FLAGS =
      Set.of("avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile", "amx_int8", "amx_bf16");

  private OneDnn() {}

  /** {@return whether oneDNN is on in this process, as TensorFlow decides it} */
  public static boolean enabled() {
    return enabled(System.getenv(ENVIRONMENT_VARIABLE), CpuInfo.flags());
  }

  /**
   * {@return whether TensorFlow turns oneDNN on} As TensorFlow's {@code ReadBoolFromEnvVar}: "1" or
   * "true" (any case) on, "0" or "false" off, anything else (or unset) the CPU's default.
   *
   * @param value the environment variable's value, or null when unset
   * @param cpuFlags the CPU's flags
   */
  static boolean enabled(String value, Set<String> cpuFlags) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("1") || v.equals("true")) {
      return true;
    }
    if (v.equals("0") || v.equals("false")) {
      return false;
    }
    return !Collections.disjoint(cpuFlags, DEFAULT_ON_FLAGS);
  }
}
