package org.ganlab.experiments;

import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.experiments.shipped.AcganExperiment;
import org.ganlab.experiments.shipped.AliExperiment;
import org.ganlab.experiments.shipped.CganConcatExperiment;
import org.ganlab.experiments.shipped.CganProjectionExperiment;
import org.ganlab.experiments.shipped.CganProjectionSnExperiment;
import org.ganlab.experiments.shipped.CycleGanColourExperiment;
import org.ganlab.experiments.shipped.CycleGanEdgesExperiment;
import org.ganlab.experiments.shipped.CycleGanExperiment;
import org.ganlab.experiments.shipped.DcganExperiment;
import org.ganlab.experiments.shipped.DcganStackedExperiment;
import org.ganlab.experiments.shipped.GanGrid25Experiment;
import org.ganlab.experiments.shipped.GanRing8Experiment;
import org.ganlab.experiments.shipped.Pix2PixEdgesExperiment;
import org.ganlab.experiments.shipped.SnDcganExperiment;
import org.ganlab.experiments.shipped.SrganX2Experiment;
import org.ganlab.experiments.shipped.SrganX4Experiment;
import org.ganlab.experiments.shipped.TextGanExperiment;
import org.ganlab.experiments.shipped.TextToImageExperiment;
import org.ganlab.experiments.shipped.WganGpExperiment;
import org.ganlab.experiments.shipped.WganGpGrid25Experiment;
import org.ganlab.experiments.shipped.WganGpRing8Experiment;
import org.ganlab.experiments.shipped.WganGpStackedExperiment;

/**
 * The experiments ganlab ships, by name, plus lookup of a user's experiment class by its fully
 * qualified name.
 */
public final class ExperimentRegistry {
  private final Map<String, Supplier<Experiment>> shipped = new LinkedHashMap<>();

  /** The shipped experiments. */
  public ExperimentRegistry() {
    register(DcganExperiment::new);
    register(WganGpExperiment::new);
    register(SnDcganExperiment::new);
    register(CganConcatExperiment::new);
    register(CganProjectionExperiment::new);
    register(CganProjectionSnExperiment::new);
    register(AcganExperiment::new);
    register(GanRing8Experiment::new);
    register(GanGrid25Experiment::new);
    register(WganGpRing8Experiment::new);
    register(WganGpGrid25Experiment::new);
    register(DcganStackedExperiment::new);
    register(WganGpStackedExperiment::new);
    register(CycleGanExperiment::new);
    register(CycleGanEdgesExperiment::new);
    register(CycleGanColourExperiment::new);
    register(AliExperiment::new);
    register(Pix2PixEdgesExperiment::new);
    register(TextToImageExperiment::new);
    register(SrganX4Experiment::new);
    register(SrganX2Experiment::new);
    register(TextGanExperiment::new);
  }

  private void register(Supplier<Experiment> s) {
    shipped.put(s.get().name(), s);
  }

  /** Shipped experiments, in listing order. */
  public List<Experiment> shipped() {
    return shipped.values().stream().map(Supplier::get).toList();
  }

  /**
   * A fresh instance of the experiment called {@code nameOrClass}: a shipped name or the fully
   * qualified name of a public {@link Experiment} subclass with a no-argument constructor.
   */
  public Experiment create(String nameOrClass) {
    Supplier<Experiment> s = shipped.get(nameOrClass);
    if (s != null) {
      return s.get();
    }
    if (!nameOrClass.contains(".")) {
      throw new ConfigException(
          "unknown experiment '"
              + nameOrClass
              + "'; shipped: "
              + String.join(", ", shipped.keySet())
              + " (or give the fully qualified name of your Experiment class)");
    }
    try {
      Class<?> c = Class.forName(nameOrClass);
      if (!Experiment.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
        throw new ConfigException(
            nameOrClass + " is not a concrete subclass of " + Experiment.class.getName());
      }
      return (Experiment) c.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new ConfigException("experiment class " + nameOrClass + " is not on the classpath");
    } catch (ReflectiveOperationException e) {
      throw new ConfigException(
          "cannot instantiate " + nameOrClass + " (needs a public no-argument constructor): " + e);
    }
  }
}
