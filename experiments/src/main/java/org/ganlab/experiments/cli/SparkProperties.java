package org.ganlab.experiments.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.experiments.ConfigException;

/** {@code --conf KEY=VALUE} options as Spark properties. */
final class SparkProperties {
  private SparkProperties() {}

  /**
   * {@return the properties, later ones winning}
   *
   * @param conf the options' values
   * @throws ConfigException for a value without {@code =} or with an empty key
   */
  static Map<String, String> parse(List<String> conf) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String c : conf) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--conf expects KEY=VALUE, got '" + c + "'");
      }
      properties.put(c.substring(0, eq).trim(), c.substring(eq + 1));
    }
    return properties;
  }
}
