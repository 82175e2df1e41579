/**
 * Pictures of generated samples: {@link org.ganlab.core.image.ImageGrid} tiles images into one grid
 * and encodes it as PNG with TensorFlow's {@code EncodePng}; {@link
 * org.ganlab.core.image.ScatterPlot} draws 2D points over a mixture's centres; {@link
 * org.ganlab.core.image.StepCurves} draws CSV columns against the step on a {@link
 * org.ganlab.core.image.PlotCanvas}, whose axes are {@link org.ganlab.core.image.PlotAxis}.
 */
package org.ganlab.core.image;
