package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.tf.SessionSettings;

/**
 * How the trainer runs the update ops.
 *
 * @param seed the run's root seed
 * @param batchSize examples per discriminator batch and generated batch
 * @param nCritic discriminator updates per generator update (WGAN-GP: 5)
 * @param emaDecay decay of the generator weight average; 0 disables it
 * @param session TensorFlow session settings
 */
public record TrainerConfig(
    long seed, int batchSize, int nCritic, double emaDecay, SessionSettings session) {

  /**
   * Validates every field, naming the bad one.
   *
   * @param seed the run's root seed
   * @param batchSize examples per discriminator batch and generated batch
   * @param nCritic discriminator updates per generator update (WGAN-GP: 5)
   * @param emaDecay decay of the generator weight average; 0 disables it
   * @param session TensorFlow session settings
   */
  public TrainerConfig {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
    }
    if (nCritic <= 0) {
      throw new IllegalArgumentException("nCritic must be positive, got " + nCritic);
    }
    if (!(emaDecay == 0 || (emaDecay > 0 && emaDecay < 1))) {
      throw new IllegalArgumentException("emaDecay must be 0 (off) or in (0, 1), got " + emaDecay);
    }
    if (session == null) {
      session = SessionSettings.defaults();
    }
  }

  /**
   * The keys of a run's trainer: {@code batch_size}, {@code n_critic}, {@code ema_decay} and the
   * session's thread pools.
   */
  public static final List<Hyperparameter<TrainerConfig>> HYPERPARAMETERS = hyperparameters();

  private static List<Hyperparameter<TrainerConfig>> hyperparameters() {
    List<Hyperparameter<TrainerConfig>> keys = new ArrayList<>();
    keys.add(
        Hyperparameter.ofInt(
            "batch_size",
            1,
            4096,
            "examples per batch",
            TrainerConfig::batchSize,
            TrainerConfig::withBatchSize));
    keys.add(
        Hyperparameter.ofInt(
            "n_critic",
            1,
            100,
            "discriminator updates per generator update",
            TrainerConfig::nCritic,
            TrainerConfig::withNCritic));
    keys.add(
        Hyperparameter.ofDouble(
            "ema_decay",
            0,
            0.999999,
            "generator weight EMA decay (0 = off)",
            TrainerConfig::emaDecay,
            TrainerConfig::withEmaDecay));
    for (Hyperparameter<SessionSettings> k : SessionSettings.HYPERPARAMETERS) {
      keys.add(k.on(TrainerConfig::session, TrainerConfig::withSession));
    }
    return List.copyOf(keys);
  }

  /**
   * {@return seed, batch size 64, one D update per G update, no EMA, default session}
   *
   * @param seed the run's root seed
   */
  public static TrainerConfig of(long seed) {
    return new TrainerConfig(seed, 64, 1, 0, SessionSettings.defaults());
  }

  /**
   * {@return a copy with another batch size}
   *
   * @param b the batch size of the copy
   */
  public TrainerConfig withBatchSize(int b) {
    return new TrainerConfig(seed, b, nCritic, emaDecay, session);
  }

  /**
   * {@return a copy with another number of D updates per G update}
   *
   * @param n the number of D updates per G update of the copy
   */
  public TrainerConfig withNCritic(int n) {
    return new TrainerConfig(seed, batchSize, n, emaDecay, session);
  }

  /**
   * {@return a copy with another EMA decay (0 = off)}
   *
   * @param decay the EMA decay of the copy (0 = off)
   */
  public TrainerConfig withEmaDecay(double decay) {
    return new TrainerConfig(seed, batchSize, nCritic, decay, session);
  }

  /**
   * {@return a copy with other session settings}
   *
   * @param s the session settings of the copy
   */
  public TrainerConfig withSession(SessionSettings s) {
    return new TrainerConfig(seed, batchSize, nCritic, emaDecay, s);
  }
}
