package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.ganlab.experiments.ConfigException;

/** Typed reads of a JSON file's fields whose errors name the file and the key. */
final class JsonFields {
  private final Path file;

  /**
   * @param file the file errors name
   */
  JsonFields(Path file) {
    this.file = file;
  }

  JsonNode required(JsonNode node, String field) {
    return required(node, field, field);
  }

  JsonNode required(JsonNode node, String field, String where) {
    if (!node.has(field)) {
      throw error(where, "missing");
    }
    return node.get(field);
  }

  JsonNode object(JsonNode node, String where) {
    if (!node.isObject()) {
      throw error(where, "expected a JSON object, got " + node);
    }
    return node;
  }

  void onlyFields(JsonNode node, String where, Set<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!allowed.contains(f)) {
                throw error(
                    where.equals("(top level)") ? f : where + "." + f,
                    "unknown field; expected one of " + new TreeSet<>(allowed));
              }
            });
  }

  String text(JsonNode node, String where) {
    if (!node.isTextual() || node.textValue().isBlank()) {
      throw error(where, "expected a non-empty string, got " + node);
    }
    return node.textValue();
  }

  long wholeNumber(JsonNode node, String where, long min) {
    if (!node.isIntegralNumber() || node.longValue() < min) {
      throw error(where, "expected a whole number of at least " + min + ", got " + node);
    }
    return node.longValue();
  }

  /** A value as {@code --set} takes it: strings as written, numbers and booleans as text. */
  String scalar(JsonNode node, String where) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber() || node.isBoolean()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return Double.toString(node.doubleValue());
    }
    throw error(where, "expected a number, string or boolean, got " + node);
  }

  static double number(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** {@return an error naming the file and the key} */
  ConfigException error(String key, String message) {
    return new ConfigException(file + ": " + key + ": " + message);
  }
}
