package org.ganlab.core.train.hooks;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.StepRecord;

/**
 * The per-step columns of a loss, as metrics.csv and the {@code train/} scalars show them: {@code
 * step, d_loss, g_loss}, the loss's two score columns ({@code d_x, d_g_z} for sigmoid losses,
 * {@code critic_real, critic_fake} for critics; none when the loss reports no scores), {@code
 * d_grad_norm, g_grad_norm}, then the discriminator terms and the generator terms by name.
 *
 * @param names the column names, {@code step} first
 * @param scores whether the loss reports scores (the two score columns are present)
 */
public record StepColumns(List<String> names, boolean scores) {
  /**
   * Copies the names.
   *
   * @param names the column names, {@code step} first
   * @param scores whether the loss reports scores (the two score columns are present)
   */
  public StepColumns {
    names = List.copyOf(names);
  }

  /**
   * {@return the columns of {@code loss}}
   *
   * @param loss the losses whose named terms become columns
   */
  public static StepColumns of(GanLoss loss) {
    List<String> h = new ArrayList<>(List.of("step", "d_loss", "g_loss"));
    Scores s = loss.scores();
    if (s != null) {
      h.add(s.kind().realColumn());
      h.add(s.kind().fakeColumn());
    }
    h.addAll(List.of("d_grad_norm", "g_grad_norm"));
    h.addAll(loss.discriminatorTerms().keySet());
    h.addAll(loss.generatorTerms().keySet());
    return new StepColumns(h, s != null);
  }

  /**
   * {@return a step's values, one per column: the step as a {@code Long}, the rest as {@code
   * Float}s}
   *
   * @param r the step's record
   */
  public List<Object> values(StepRecord r) {
    List<Object> row = new ArrayList<>(List.of(r.step(), r.discriminatorLoss(), r.generatorLoss()));
    if (scores) {
      row.add(r.dReal());
      row.add(r.dFake());
    }
    row.add(r.discriminatorGradientNorm());
    row.add(r.generatorGradientNorm());
    for (String k : names.subList(row.size(), names.size())) {
      row.add(r.terms().get(k));
    }
    return row;
  }
}
