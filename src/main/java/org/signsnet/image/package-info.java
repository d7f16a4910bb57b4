/**
 * Photos in, notebook-ready arrays out: the application notebook's "test with your own image" cell
 * ({@code scipy.ndimage.imread} + {@code scipy.misc.imresize(image, size=(64,64))} + {@code /255.}).
 * Reads photos as phones and browsers make them through ImageIO and the TwelveMonkeys plugins
 * (JPEG including CMYK/YCCK and progressive, PNG, WebP, TIFF, BMP, GIF) at any size (huge ones
 * decoded subsampled), greyscale ones as R = G = B of their grey levels, from any source through one
 * bounded reader, refuses truncated files and HEIC with a clear message, honours the EXIF
 * orientation and downscales with area averaging.
 */
package org.signsnet.image;
