/**
 * The network's answer for one image, the application notebook's "test with your own image" cell:
 * {@link org.signsnet.predict.Predictor} reads a photo as the training images were prepared and runs
 * it through a trained network, {@link org.signsnet.predict.Prediction} holds the class and the
 * probabilities, and {@link org.signsnet.predict.PredictionJson} is the one JSON form that
 * {@code predict --json}, {@code explain} and the web API print. It sits below {@code explain},
 * {@code report}, {@code serve} and {@code app}, which all show predictions.
 */
package org.signsnet.predict;
