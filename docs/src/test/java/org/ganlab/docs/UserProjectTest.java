package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A library user's project, built as README.md shows it: its pom ({@code src/it/user-project}, the
 * README's block) and the README's {@code QuickStart.java}, against the packaged library modules
 * installed into a throwaway repository ({@code src/it/check-user-project.sh}). The application
 * picks TensorFlow's native runtime: one native jar on the classpath, the CPU one by default and
 * the CUDA one under {@code -Pgpu}; the CPU build trains.
 *
 * <p>It needs the library modules' jars, so it runs in {@code mvn verify} (which packages them
 * before the docs module's tests) and is skipped when they are missing or older than their classes.
 */
class UserProjectTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path OUT = Path.of("target", "user-project").toAbsolutePath();
  private static final List<String> LIBRARY = List.of("core", "losses", "models", "metrics");
  private static final Pattern STEP = Pattern.compile("(?m)^step 3  D loss (\\S+)  G loss (\\S+)$");
  private static final Pattern IMAGES =
      Pattern.compile("(?m)^64 images of 28x28, pixels in \\[(\\S+), (\\S+)]$");

  private static String version;

  @BeforeAll
  static void buildTheUserProject() throws Exception {
    version = System.getProperty("ganlab.version");
    String repository = System.getProperty("ganlab.localRepository");
    assumeTrue(version != null && repository != null, "run through Maven (mvn verify)");
    for (String m : LIBRARY) {
      assumeTrue(packaged(m), "the " + m + " jar is missing or stale: run mvn verify");
    }
    Process p =
        new ProcessBuilder(
                "bash",
                ROOT.resolve("docs/src/it/check-user-project.sh").toString(),
                ROOT.toString(),
                repository,
                version,
                OUT.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .redirectErrorStream(true)
            .redirectOutput(OUT.resolveSibling("user-project.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("user project build finished").isTrue();
    assertThat(p.exitValue())
        .as("check-user-project.sh, see %s", OUT.resolveSibling("user-project.log"))
        .isZero();
  }

  /** Whether {@code module}'s jar exists and is no older than any of its compiled classes. */
  private static boolean packaged(String module) throws IOException {
    Path jar = ROOT.resolve(module + "/target/ganlab-" + module + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    long built = Files.getLastModifiedTime(jar).toMillis();
    try (Stream<Path> s = Files.walk(ROOT.resolve(module + "/target/classes"))) {
      return s.filter(Files::isRegularFile)
          .allMatch(f -> f.toFile().lastModified() <= built + 1000);
    }
  }

  @Test
  void theCpuClasspathHasOneNativeJarAndNoCliLibraries() throws IOException {
    List<String> jars =
        Arrays.asList(Files.readString(OUT.resolve("cpu.classpath")).trim().split(":"));
    assertThat(jars)
        .filteredOn(j -> j.contains("tensorflow-core-native-") && j.contains("-linux-x86_64"))
        .singleElement()
        .satisfies(j -> assertThat(j).endsWith("tensorflow-core-native-1.1.0-linux-x86_64.jar"));
    assertThat(jars)
        .anySatisfy(j -> assertThat(j).endsWith("ganlab-core-" + version + ".jar"))
        .anySatisfy(j -> assertThat(j).endsWith("ganlab-core-" + version + "-fashion-mnist.jar"))
        .noneSatisfy(j -> assertThat(j).containsAnyOf("/guice-", "/picocli-", "ganlab-experim"));
  }

  @Test
  void theReadmeExampleTrainsThreeStepsAndDrawsImagesInRange() throws IOException {
    String run = Files.readString(OUT.resolve("cpu.run.txt"), StandardCharsets.UTF_8);
    Matcher step = STEP.matcher(run);
    assertThat(step.find()).as(run).isTrue();
    assertThat(Double.parseDouble(step.group(1))).isFinite().isPositive();
    assertThat(Double.parseDouble(step.group(2))).isFinite().isPositive();
    Matcher images = IMAGES.matcher(run);
    assertThat(images.find()).as(run).isTrue();
    double min = Double.parseDouble(images.group(1));
    double max = Double.parseDouble(images.group(2));
    // tanh output: inside [-1, 1], and not a constant image
    assertThat(min).isBetween(-1.0, 1.0).isLessThan(max);
    assertThat(max).isBetween(-1.0, 1.0);
  }

  @Test
  void theGpuProfileSwapsTheOneNativeJarForTheCudaBuild() throws IOException {
    List<String> natives =
        Files.readAllLines(OUT.resolve("gpu.tree")).stream()
            .filter(l -> l.contains("tensorflow-core-native:jar:linux-x86_64"))
            .toList();
    assertThat(natives)
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("tensorflow-core-native:jar:linux-x86_64-gpu:1.1.0"));
  }

  @Test
  void theCoreJarHoldsNoDataAndTheDataArtifactHoldsFashionMnist() throws IOException {
    String data = "org/ganlab/core/data/fashion-mnist/";
    try (JarFile code = new JarFile(jar(""));
        JarFile files = new JarFile(jar("-fashion-mnist"))) {
      assertThat(code.stream().map(e -> e.getName()))
          .contains("org/ganlab/core/data/FashionMnist.class")
          .noneMatch(n -> n.startsWith(data));
      assertThat(files.stream().map(e -> e.getName()).filter(n -> n.startsWith(data)))
          .contains(
              data + "train-images-idx3-ubyte.gz",
              data + "train-labels-idx1-ubyte.gz",
              data + "t10k-images-idx3-ubyte.gz",
              data + "t10k-labels-idx1-ubyte.gz",
              data + "LICENSE");
      assertThat(files.stream().map(e -> e.getName())).noneMatch(n -> n.endsWith(".class"));
    }
  }

  private static java.io.File jar(String classifier) {
    return ROOT.resolve("core/target/ganlab-core-" + version + classifier + ".jar").toFile();
  }
}
