package org.ganlab.core.seed;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Derives every random stream of a run from its root seed.
 *
 * <p>A stream is named by a purpose ("init/generator/dense0/kernel", "data-order", "latent") and,
 * for per-step streams, a step or epoch index. The derived seed is a SHA-256 of (root, purpose,
 * index), so it is stable across JVMs, platforms and releases, and step N's randomness does not
 * depend on how the process got to step N (which is what makes resume bit-identical).
 *
 * <p>TensorFlow's stateless random ops take a seed of shape [2] (int64); {@link #pair} supplies it.
 */
public final class Seeds {
  private final long root;

  /**
   * Creates the seed tree of a run with the given root seed.
   *
   * @param root the run's root seed
   */
  public Seeds(long root) {
    this.root = root;
  }

  /** {@return the run's root seed} */
  public long root() {
    return root;
  }

  /**
   * {@return a 64-bit seed for a purpose that does not change over the run (e.g. an initializer)}
   *
   * @param purpose what the seed is for, e.g. {@code "init/generator"}
   */
  public long seed(String purpose) {
    return hash(purpose, 0L, 0);
  }

  /**
   * {@return a 64-bit seed for a purpose at a given step (or epoch, or any other index)}
   *
   * @param purpose what the seed is for
   * @param index the step, epoch or other index
   */
  public long seed(String purpose, long index) {
    return hash(purpose, index, 0);
  }

  /**
   * {@return the [2] int64 seed a TensorFlow stateless random op takes, for (purpose, index)}
   *
   * @param purpose what the seed is for
   * @param index the step, epoch or other index
   */
  public long[] pair(String purpose, long index) {
    return new long[] {hash(purpose, index, 0), hash(purpose, index, 1)};
  }

  /**
   * {@return a child tree whose root is derived from this one, e.g. for one seed of a sweep}
   *
   * @param purpose what the child tree is for
   */
  public Seeds child(String purpose) {
    return new Seeds(seed(purpose));
  }

  private long hash(String purpose, long index, int word) {
    Hasher h = Hashing.sha256().newHasher();
    h.putLong(root);
    byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
    h.putInt(p.length);
    h.putBytes(p);
    h.putLong(index);
    byte[] digest = h.hash().asBytes();
    return ByteBuffer.wrap(digest, 8 * word, 8).getLong();
  }
}
