package org.ganlab.experiments.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.tf.CpuInfo;
import org.ganlab.core.tf.OneDnn;
import org.ganlab.core.tf.Precision;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.TensorFlow;

/**
 * Where a run came from (Tribuo-style provenance): root seed, git commit and dirty flag, versions
 * of ganlab, TensorFlow and the JVM, OS, CPU model, thread settings, precision (and for bf16 the
 * ops kept in float32) and the SHA-256 of every data file read. Written as provenance.json in the
 * run directory.
 */
public final class Provenance {
  /** The key of a bf16 run's float32 op list ({@link Precision#FLOAT32_OPS} when it ran). */
  public static final String FLOAT32_OPS_KEY = "float32Ops";

  private Provenance() {}

  /** Collects the provenance of a run started now. */
  public static Map<String, Object> collect(
      String experiment, long seed, SessionSettings session, Map<String, String> dataChecksums) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("experiment", experiment);
    p.put("rootSeed", seed);
    Path home = Path.of(System.getProperty("ganlab.home", "."));
    p.put("gitCommit", git(home, "rev-parse", "HEAD"));
    String status = git(home, "status", "--porcelain", "--untracked-files=no");
    p.put("gitDirty", status == null ? null : !status.isBlank());
    p.put("ganlabVersion", version());
    p.put("tensorflowVersion", TensorFlow.version());
    p.put("javaVersion", System.getProperty("java.version"));
    p.put(
        "javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    p.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    p.put("cpuModel", CpuInfo.model());
    p.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    p.put("intraOpThreads", session.intraOpThreads());
    p.put("interOpThreads", session.interOpThreads());
    p.put("precision", session.precision().key());
    if (session.precision() == Precision.BF16) {
      // Which ops the rewrite kept in float32 changes a bf16 run's numbers; the list is the code's.
      p.put(FLOAT32_OPS_KEY, Precision.FLOAT32_OPS);
    }
    // What start-up detected: bf16 is refused without one of these.
    p.put("cpuBf16Flags", List.copyOf(Precision.cpuBf16Flags()));
    // TensorFlow's kernels differ with it, in speed and in the order of their sums.
    p.put("oneDnn", OneDnn.enabled());
    p.put("dataFiles", new LinkedHashMap<>(dataChecksums));
    return p;
  }

  static String version() {
    String v = Provenance.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }

  private static String git(Path dir, String... args) {
    try {
      List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
      cmd.addAll(List.of(args));
      Process pr = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!pr.waitFor(10, TimeUnit.SECONDS) || pr.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
