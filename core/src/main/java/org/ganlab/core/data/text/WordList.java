package org.ganlab.core.data.text;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.DataFileException;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.seed.Seeds;

/**
 * A list of distinct words (or phrases) over an {@link Alphabet}, each at most {@code maxLength}
 * characters: the data of the character-level text GAN (Gulrajani et al. 2017, "Improved Training
 * of Wasserstein GANs", section 5.5, trained it on sentences; ganlab uses words so that 2 CPU cores
 * suffice and "is it a real word" can be checked).
 *
 * <p>{@link #english()} is the embedded list: lowercase a-z words of 2 to 10 letters from SCOWL as
 * Debian's {@code wamerican} ships it (licence and filter in the resource folder's README). {@link
 * #read} reads any other list, one entry per line. The list keeps the first occurrence of each
 * entry: a duplicate would weigh an entry twice and could land in both splits.
 */
public final class WordList {
  /** The longest word of the embedded list. */
  public static final int EMBEDDED_MAX_LENGTH = 10;

  private static final String RESOURCE = "english-words.txt.gz";

  private final String source;
  private final List<String> words;
  private final Set<String> set;
  private final Alphabet alphabet;
  private final int maxLength;
  private final Map<String, String> checksums;

  private WordList(
      String source,
      List<String> words,
      Alphabet alphabet,
      int maxLength,
      Map<String, String> checksums) {
    this.source = Objects.requireNonNull(source, "source");
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    Checks.positive("maximum length", maxLength);
    this.maxLength = maxLength;
    this.set = ImmutableSet.copyOf(words);
    this.words = List.copyOf(set);
    if (this.words.isEmpty()) {
      throw new IllegalArgumentException(source + ": no words");
    }
    for (String w : this.words) {
      alphabet.encode(w, maxLength); // rejects a long word or a foreign character, naming it
    }
    this.checksums = Map.copyOf(checksums);
  }

  /**
   * {@return a list of {@code words} (duplicates dropped, first occurrence kept) named {@code
   * source}}
   *
   * @param source a name for the list, e.g. a file path
   * @param words the words, in order
   * @param alphabet the alphabet every word is written in
   * @param maxLength the longest a word may be
   * @throws IllegalArgumentException if it is empty or a word is too long or has a character
   *     outside the alphabet
   */
  public static WordList of(String source, List<String> words, Alphabet alphabet, int maxLength) {
    return new WordList(source, words, alphabet, maxLength, Map.of());
  }

  /**
   * {@return the embedded English word list over {@link Alphabet#lowercase()}, words of 2..10
   * letters}
   */
  public static WordList english() {
    String name = "org/ganlab/core/data/text/" + RESOURCE;
    byte[] bytes;
    try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DataFileException(name, "embedded word list missing from the classpath");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new DataFileException(name, "cannot read: " + e.getMessage(), e);
    }
    return parse(name, bytes, Alphabet.lowercase(), EMBEDDED_MAX_LENGTH);
  }

  /**
   * Reads a list with one word or phrase per line (UTF-8; gzip if the name ends in {@code .gz}).
   * Surrounding white space is dropped and blank lines skipped.
   *
   * @param file the list, plain or gzipped
   * @param alphabet the alphabet every entry is written in
   * @param maxLength the longest an entry may be
   * @return the list, named by the file's path
   * @throws DataFileException naming the file (and the line) if it cannot be read, has no entry, or
   *     has an entry that is too long or holds a character outside {@code alphabet}
   */
  public static WordList read(Path file, Alphabet alphabet, int maxLength) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "cannot read: " + e, e);
    }
    return parse(file.toString(), bytes, alphabet, maxLength);
  }

  private static WordList parse(String name, byte[] bytes, Alphabet alphabet, int maxLength) {
    String text = decode(name, bytes);
    List<String> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String w = lines[i].strip();
      if (w.isEmpty()) {
        continue;
      }
      int bad = alphabet.firstOutside(w);
      if (bad >= 0) {
        throw new DataFileException(
            name,
            String.format(
                "line %d: \"%s\" has '%s' (U+%04X) at column %d, which is not in the alphabet"
                    + " \"%s\"",
                i + 1, w, w.charAt(bad), (int) w.charAt(bad), bad + 1, alphabet.letters()));
      }
      if (w.length() > maxLength) {
        throw new DataFileException(
            name,
            "line "
                + (i + 1)
                + ": \""
                + w
                + "\" has "
                + w.length()
                + " characters, more than the maximum length "
                + maxLength);
      }
      entries.add(w);
    }
    if (entries.isEmpty()) {
      throw new DataFileException(name, "no words: the list is empty or has only blank lines");
    }
    String sha = Hashing.sha256().hashBytes(bytes).toString();
    return new WordList(name, entries, alphabet, maxLength, Map.of(name, sha));
  }

  private static String decode(String name, byte[] bytes) {
    byte[] raw = bytes;
    if (name.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        raw = in.readAllBytes();
      } catch (IOException e) {
        throw new DataFileException(name, "not a readable gzip file: " + e.getMessage(), e);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(name, "not UTF-8 text: " + e.getMessage(), e);
    }
  }

  /**
   * {@return a deterministic split into training and held-out words: the held-out words are the
   * first {@code round(size * heldOutFraction)} (at least 1, at most size - 1) positions of a
   * seeded permutation ({@link EpochOrder}'s, purpose {@code "text/held-out"}); both parts keep the
   * list's order}
   *
   * @param seed the seed of the held-out permutation
   * @param heldOutFraction the share of words held out, in (0, 1)
   */
  public WordSplit split(long seed, double heldOutFraction) {
    if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
      throw new IllegalArgumentException(
          "held-out fraction must be in (0, 1), got " + heldOutFraction);
    }
    if (words.size() < 2) {
      throw new IllegalArgumentException(source + ": a split needs at least 2 words");
    }
    int n = words.size();
    int held = (int) Math.max(1, Math.min(n - 1, Math.round(n * heldOutFraction)));
    int[] perm = new EpochOrder(n, new Seeds(seed), "text/held-out").permutation(0);
    boolean[] isHeld = new boolean[n];
    for (int i = 0; i < held; i++) {
      isHeld[perm[i]] = true;
    }
    List<String> train = new ArrayList<>(n - held);
    List<String> test = new ArrayList<>(held);
    for (int i = 0; i < n; i++) {
      (isHeld[i] ? test : train).add(words.get(i));
    }
    return new WordSplit(
        this, subset(source + " (training)", train), subset(source + " (held-out)", test));
  }

  private WordList subset(String name, List<String> part) {
    return new WordList(name, part, alphabet, maxLength, checksums);
  }

  /** {@return where the list came from: a file path, a resource name, or a caller's name} */
  public String source() {
    return source;
  }

  /** {@return the words, distinct, in list order} */
  public List<String> words() {
    return words;
  }

  /** {@return the number of words} */
  public int size() {
    return words.size();
  }

  /**
   * {@return whether {@code word} is in the list}
   *
   * @param word the word to look up
   */
  public boolean contains(String word) {
    return set.contains(word);
  }

  /** {@return the alphabet every word is written in} */
  public Alphabet alphabet() {
    return alphabet;
  }

  /** {@return the longest a word may be: the sequence length of the models} */
  public int maxLength() {
    return maxLength;
  }

  /** {@return SHA-256 of the file read (name to lowercase hex), empty for an in-memory list} */
  public Map<String, String> fileChecksums() {
    return checksums;
  }

  @Override
  public String toString() {
    return "WordList[" + source + ", " + words.size() + " words, length <= " + maxLength + "]";
  }
}
