/**
 * Text data for character-level GANs (Gulrajani et al. 2017, "Improved Training of Wasserstein
 * GANs", section 5.5): the {@link org.ganlab.core.data.text.Alphabet} (letters plus an end/pad
 * symbol), word lists (the embedded English list from SCOWL, or any file with one entry per line),
 * their seeded train/held-out split, and a {@link org.ganlab.core.data.DataSource} of one-hot
 * encoded words.
 */
package org.ganlab.core.data.text;
