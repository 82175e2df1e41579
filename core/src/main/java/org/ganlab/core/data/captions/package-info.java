/**
 * Captions for Fashion-MNIST images, the text of the text-to-image family (Reed et al. 2016,
 * "Generative Adversarial Text to Image Synthesis"): attributes read off each image by fixed rules
 * ({@link org.ganlab.core.data.captions.CaptionRules}: brightness and size against per-class
 * thresholds), the caption those attributes make ({@link
 * org.ganlab.core.data.captions.CaptionAttributes#caption()}, e.g. "a large light pullover"), the
 * fixed {@link org.ganlab.core.data.captions.Vocabulary} that turns captions into token ids, and a
 * {@link org.ganlab.core.data.DataSource} of captioned images with some (class, brightness, size)
 * combinations held out of training ({@link org.ganlab.core.data.captions.CaptionedDataSource}), as
 * alignDRAW's MNIST captions held combinations out (Mansimov et al. 2016).
 */
package org.ganlab.core.data.captions;
