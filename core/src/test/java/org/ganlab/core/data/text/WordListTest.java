package org.ganlab.core.data.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.ganlab.core.data.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded list, the file reader's errors, and the seeded split. */
class WordListTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void theEmbeddedListHasLowercaseWordsOfTwoToTenLetters() {
    WordList en = WordList.english();
    assertThat(en.size()).isEqualTo(52_383);
    assertThat(en.maxLength()).isEqualTo(10);
    assertThat(en.words()).first().isEqualTo("aardvark");
    assertThat(en.words()).allMatch(w -> w.matches("[a-z]{2,10}"));
    assertThat(en.contains("zebra")).isTrue();
    assertThat(en.contains("zebra's")).isFalse();
    assertThat(en.fileChecksums())
        .containsEntry(
            "org/ganlab/core/data/text/english-words.txt.gz",
            "dba17a757249583ee41a800b33b7fb46a1dc9390e0a77e21e946c5694b5c11bb");
  }

  @Test
  void readStripsLinesSkipsBlanksAndDropsDuplicates() throws IOException {
    Path p = file("w.txt", "cab\r\n\n  ab \nba\ncab\n");
    WordList w = WordList.read(p, new Alphabet("abc"), 4);
    assertThat(w.words()).containsExactly("cab", "ab", "ba");
    assertThat(w.source()).isEqualTo(p.toString());
    assertThat(w.fileChecksums()).containsOnlyKeys(p.toString());
  }

  @Test
  void phrasesWorkWithASpaceInTheAlphabet() throws IOException {
    Alphabet withSpace = new Alphabet("abcdefghijklmnopqrstuvwxyz ");
    WordList w = WordList.read(file("p.txt", "a dark boot\nlight bag\n"), withSpace, 12);
    assertThat(w.words()).containsExactly("a dark boot", "light bag");
  }

  @Test
  void anEmptyListNamesTheFile() throws IOException {
    Path p = file("empty.txt", "\n  \n");
    assertThatThrownBy(() -> WordList.read(p, Alphabet.lowercase(), 10))
        .isInstanceOf(DataFileException.class)
        .hasMessage(p + ": no words: the list is empty or has only blank lines");
  }

  @Test
  void aForeignCharacterNamesTheFileLineAndCharacter() throws IOException {
    Path p = file("bad.txt", "apple\nbanana\nZebra\n");
    assertThatThrownBy(() -> WordList.read(p, Alphabet.lowercase(), 10))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            p
                + ": line 3: \"Zebra\" has 'Z' (U+005A) at column 1, which is not in the alphabet"
                + " \"abcdefghijklmnopqrstuvwxyz\"");
  }

  @Test
  void aTooLongWordNamesTheLine() throws IOException {
    Path p = file("long.txt", "ab\nabcdefghijk\n");
    assertThatThrownBy(() -> WordList.read(p, Alphabet.lowercase(), 10))
        .hasMessage(
            p + ": line 2: \"abcdefghijk\" has 11 characters, more than the maximum length 10");
  }

  @Test
  void aMissingOrNonUtf8FileIsNamed() throws IOException {
    Path missing = dir.resolve("nope.txt");
    assertThatThrownBy(() -> WordList.read(missing, Alphabet.lowercase(), 10))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(missing + ": cannot read");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> WordList.read(latin1, Alphabet.lowercase(), 10))
        .hasMessageStartingWith(latin1 + ": not UTF-8 text");
  }

  @Test
  void inMemoryListsAreCheckedToo() {
    assertThatThrownBy(() -> WordList.of("mine", List.of(), Alphabet.lowercase(), 5))
        .hasMessage("mine: no words");
    assertThatThrownBy(() -> WordList.of("mine", List.of("ok", "Bad"), Alphabet.lowercase(), 5))
        .hasMessageContaining("\"Bad\" has 'B'");
  }

  @Test
  void theSplitIsSeededDisjointAndKeepsListOrder() {
    List<String> ws = new ArrayList<>();
    for (char a = 'a'; a <= 'j'; a++) {
      for (char b = 'a'; b <= 'j'; b++) {
        ws.add("" + a + b);
      }
    }
    WordList list = WordList.of("pairs", ws, Alphabet.lowercase(), 2);
    WordSplit s = list.split(7, 0.1);
    assertThat(s.heldOut().size()).isEqualTo(10);
    assertThat(s.train().size()).isEqualTo(90);
    assertThat(s.all()).isSameAs(list);
    HashSet<String> union = new HashSet<>(s.train().words());
    union.addAll(s.heldOut().words());
    assertThat(union).hasSize(100);
    assertThat(s.heldOut().words()).isSortedAccordingTo(String::compareTo);
    assertThat(s.train().words()).isSortedAccordingTo(String::compareTo);
    // Same seed, same split; another seed, another split.
    assertThat(list.split(7, 0.1).heldOut().words()).isEqualTo(s.heldOut().words());
    assertThat(list.split(8, 0.1).heldOut().words()).isNotEqualTo(s.heldOut().words());
    assertThat(s.train().source()).isEqualTo("pairs (training)");
  }

  @Test
  void aSplitKeepsAtLeastOneWordOnEachSide() {
    WordList two = WordList.of("two", List.of("ab", "ba"), Alphabet.lowercase(), 2);
    assertThat(two.split(1, 0.01).heldOut().size()).isEqualTo(1);
    assertThat(two.split(1, 0.99).train().size()).isEqualTo(1);
    WordList one = WordList.of("one", List.of("ab"), Alphabet.lowercase(), 2);
    assertThatThrownBy(() -> one.split(1, 0.5)).hasMessageContaining("at least 2 words");
    assertThatThrownBy(() -> two.split(1, 1.0)).hasMessageContaining("in (0, 1)");
  }
}
