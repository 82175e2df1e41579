/**
 * Summaries of a metric over repeated runs: {@link org.ganlab.metrics.stats.Stats} (mean and sample
 * standard deviation over seeds, formatted as "mean ± std") and {@link
 * org.ganlab.metrics.stats.Bound} (an inequality on a mean, absolute or relative to a baseline's).
 */
package org.ganlab.metrics.stats;
