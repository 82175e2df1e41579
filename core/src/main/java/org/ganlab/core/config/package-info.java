/**
 * Hyperparameters declared once, beside the value they configure ({@link
 * org.ganlab.core.config.Hyperparameter}), and the resolved set of one run ({@link
 * org.ganlab.core.config.Hyperparameters}), from which parsing, validation, listings and tables are
 * derived.
 */
package org.ganlab.core.config;
