/**
 * What the network sees in one photo: the feature maps of every convolution stage, found by layer
 * type in any signsnet network ({@link org.signsnet.explain.ConvolutionStages}), and the saliency of
 * the predicted class, the gradient of its logit with respect to the input pixels in inference mode
 * ({@link org.signsnet.explain.ClassScoreGradient}). {@link org.signsnet.explain.Explainer} puts them
 * together with the prediction; {@code report.ExplanationSheet} draws them, {@code serve} sends them.
 */
package org.signsnet.explain;
