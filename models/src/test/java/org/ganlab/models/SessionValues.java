package org.ganlab.models;

import org.ganlab.core.train.Feeds;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TInt32;

/** Reads graph values by name in the learning tests; every tensor is closed. */
final class SessionValues {
  private SessionValues() {}

  /** The float tensor {@code name} (e.g. a variable "discriminator/conv1/u"), row-major. */
  static float[] floats(Session s, String name) {
    try (Result r = s.runner().fetch(name).run()) {
      return Feeds.read(r.get(0));
    }
  }

  /** The int32 scalar {@code name}. */
  static int intScalar(Session s, String name) {
    try (Result r = s.runner().fetch(name).run()) {
      return ((TInt32) r.get(0)).getInt();
    }
  }
}
