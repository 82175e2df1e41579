package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.TrainingModule;
import org.junit.jupiter.api.Test;

/**
 * The guide cannot drift from its examples: every Java block of a guide page names an example
 * source file and region, and is byte-identical to that region (markers dropped, common indentation
 * removed; see {@link SourceRegions}); every region of the examples is shown somewhere; and every
 * relative link of the docs pages points at a file that exists; the experiments' key tables in
 * presets.md are what {@code ganlab list} prints.
 *
 * <p>Surefire runs tests in the module directory, so paths are relative to {@code docs/}.
 */
class GuideTest {
  private static final Path DOCS = Path.of("").toAbsolutePath();
  private static final Path GUIDE = DOCS.resolve("guide");
  private static final Path EXAMPLES = DOCS.resolve("src/main/java/org/ganlab/docs/examples");
  private static final Path README = DOCS.getParent().resolve("README.md");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** docs/README.md and the guide's chapters. */
  private static List<Path> guidePages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(DOCS.resolve("README.md")));
    try (Stream<Path> s = Files.list(GUIDE)) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The pages whose Java blocks must be example regions: the guide's and the top README. */
  private static List<GuideBlocks.Block> javaBlocks() throws IOException {
    List<GuideBlocks.Block> blocks = new ArrayList<>();
    List<Path> pages = new ArrayList<>(guidePages());
    pages.add(README);
    for (Path page : pages) {
      blocks.addAll(GuideBlocks.read(page));
    }
    return blocks;
  }

  @Test
  void theGuideHasChaptersWithJavaBlocks() throws IOException {
    assertThat(guidePages()).hasSizeGreaterThanOrEqualTo(9);
    assertThat(javaBlocks()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyJavaBlockNamesAnExampleRegion() throws IOException {
    for (GuideBlocks.Block b : javaBlocks()) {
      assertThat(b.source())
          .as(
              "%s: a java block needs the line 'From [`X.java`](path) (region `name`):' before"
                  + " it",
              b.where())
          .isNotNull();
      assertThat(b.source()).as(b.where()).startsWith(EXAMPLES).isRegularFile();
      assertThat(SourceRegions.read(b.source()))
          .as("%s: regions of %s", b.where(), b.source())
          .containsKey(b.region());
    }
  }

  @Test
  void everyJavaBlockIsByteIdenticalToItsRegion() throws IOException {
    for (GuideBlocks.Block b : javaBlocks()) {
      String region = SourceRegions.read(b.source()).get(b.region());
      assertThat(b.text())
          .as(
              "%s shows region '%s' of %s, first difference at line %d of the block; copy the"
                  + " region into the page again",
              b.where(), b.region(), b.source().getFileName(), firstDifferentLine(b.text(), region))
          .isEqualTo(region);
    }
  }

  /** The 1-based number of the first line where {@code a} and {@code b} differ. */
  private static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i + 1;
  }

  @Test
  void everyExampleRegionIsShownInTheGuide() throws IOException {
    Set<String> shown = new HashSet<>();
    for (GuideBlocks.Block b : javaBlocks()) {
      shown.add(b.source().getFileName() + "#" + b.region());
    }
    List<String> defined = new ArrayList<>();
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path src : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String region : SourceRegions.read(src).keySet()) {
          defined.add(src.getFileName() + "#" + region);
        }
      }
    }
    assertThat(defined).hasSizeGreaterThanOrEqualTo(8);
    assertThat(shown).containsAll(defined);
  }

  @Test
  void theReadmeShowsTheUserProjectThatTheBuildBuilds() throws IOException {
    String pom = Files.readString(DOCS.resolve("src/it/user-project/pom.xml"));
    assertThat(Files.readString(README))
        .as("README.md shows docs/src/it/user-project/pom.xml (UserProjectTest builds it)")
        .contains("```xml\n" + pom + "```\n");
    assertThat(GuideBlocks.read(README))
        .as("README.md's Java block is QuickStart.java, which the user project compiles")
        .singleElement()
        .satisfies(b -> assertThat(b.source().getFileName()).hasToString("QuickStart.java"));
  }

  @Test
  void regionsDropMarkersAndCommonIndentation() throws IOException {
    Map<String, String> regions = SourceRegions.read(EXAMPLES.resolve("CustomExperiment.java"));
    assertThat(regions.get("cli"))
        .startsWith("String experiment = HingeRingExperiment.class.getName();\nString[] args = {\n")
        .doesNotContain("[START", "[END");
  }

  @Test
  void relativeLinksOfTheDocsPagesResolve() throws IOException {
    List<Path> pages = new ArrayList<>(guidePages());
    try (Stream<Path> s = Files.list(DOCS)) {
      s.filter(p -> p.toString().endsWith(".md") && !pages.contains(p)).forEach(pages::add);
    }
    pages.add(README);
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      boolean inCode = false;
      for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
        if (line.startsWith("```")) {
          inCode = !inCode;
          continue;
        }
        if (inCode) {
          continue;
        }
        // Inline code is not a link: drop ``double`` and then `single` backtick spans.
        Matcher m = LINK.matcher(line.replaceAll("``.*?``", "").replaceAll("`[^`]*`", ""));
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
            continue; // web links and anchors within the page
          }
          String file = target.replaceFirst("#.*$", "");
          checked++;
          if (!Files.exists(page.getParent().resolve(file))) {
            broken.add(DOCS.getParent().relativize(page) + ": " + target);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(broken).isEmpty();
  }

  @Test
  void theHyperparameterTableOfChapter2IsGeneratedFromTheDeclarations() throws IOException {
    String page = Files.readString(GUIDE.resolve("02-experiment-class.md"));
    String start =
        "<!-- common keys: generated from"
            + " TrainingModule.commonDefaults().build().markdownTable() -->\n";
    String end = "<!-- end of common keys -->";
    assertThat(page).contains(start).contains(end);
    String table = page.substring(page.indexOf(start) + start.length(), page.indexOf(end));
    assertThat(table)
        .as("paste TrainingModule.commonDefaults().build().markdownTable() into the page")
        .isEqualTo(TrainingModule.commonDefaults().build().markdownTable());
  }

  @Test
  void theExperimentKeyTablesOfPresetsMdAreGeneratedFromTheDeclarations() throws IOException {
    String page = Files.readString(DOCS.resolve("presets.md"));
    Matcher m =
        Pattern.compile(
                "<!-- keys of ([a-z0-9-]+): generated by \\./ganlab list \\1 -->\n(.*?)"
                    + "<!-- end of keys of \\1 -->",
                Pattern.DOTALL)
            .matcher(page);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      assertThat(m.group(2))
          .as("paste the table of ./ganlab list " + m.group(1) + " into presets.md")
          .isEqualTo(new ExperimentRegistry().create(m.group(1)).hyperparameters().markdownTable());
    }
    assertThat(names).containsExactly("sn-dcgan", "cgan-projection-sn");
  }

  @Test
  void theReadmesExperimentTableListsEveryShippedExperimentWithItsDefaultSteps()
      throws IOException {
    Matcher m =
        Pattern.compile("^\\| `([a-z0-9-]+)` \\| .* \\| ([0-9,]+) \\|$", Pattern.MULTILINE)
            .matcher(Files.readString(README));
    ExperimentRegistry registry = new ExperimentRegistry();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      assertThat(Long.parseLong(m.group(2).replace(",", "")))
          .as("README.md's default steps of " + m.group(1))
          .isEqualTo(registry.create(m.group(1)).hyperparameters().getLong("steps"));
    }
    assertThat(names)
        .as("README.md's table of shipped experiments, in ./ganlab list order")
        .containsExactlyElementsOf(registry.shipped().stream().map(e -> e.name()).toList());
  }
}
