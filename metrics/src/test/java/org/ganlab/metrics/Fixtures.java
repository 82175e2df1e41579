package org.ganlab.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;
import org.ganlab.metrics.io.NpyReader;

/**
 * Access to the fixtures written by {@code src/test/python/make_fixtures.py}: feature files and the
 * expected values in {@code expected.properties}.
 */
public final class Fixtures {
  private static final Properties EXPECTED = load();

  private Fixtures() {}

  /** The path of a fixture file. */
  public static Path path(String name) {
    try {
      var url = Fixtures.class.getResource("/fixtures/" + name);
      if (url == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 2-D fixture as a feature matrix. */
  public static FeatureMatrix matrix(String name) {
    try {
      return NpyReader.readMatrix(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An expected value. */
  public static double expected(String key) {
    return Double.parseDouble(expectedString(key));
  }

  /** An expected value, as written. */
  public static String expectedString(String key) {
    String v = EXPECTED.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("no expected value " + key);
    }
    return v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/expected.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
