package org.signsnet.nn;

/**
 * The zero padding of a convolution's input ({@link Conv2dShape}) between the kernels' Java arrays:
 * NHWC images {@code (m, h, w, c)} to their padded form {@code (m, paddedH, paddedW, c)} and a
 * padded gradient back to the unpadded images (the notebook's {@code zero_pad}, and the crop at the
 * end of {@code conv_backward}).
 */
final class Padding {
    private Padding() {}

    /** Images {@code [from, to)} of {@code images} into {@code padded}, with zeros around them. */
    static void pad(FlatArray images, Conv2dShape s, FlatArray padded, int from, int to) {
        float[] in = ((FlatArray.Floats) images).values();
        float[] out = ((FlatArray.Floats) padded).values();
        int rowLength = s.w() * s.c();
        int paddedRow = s.paddedW() * s.c();
        int columns = Math.min(s.w(), s.paddedW() - s.padLeft()) * s.c();
        for (int n = from; n < to; n++) {
            int image = n * s.paddedImage();
            padded.clear(image, image + s.paddedImage());
            for (int r = 0; r < s.h() && r + s.padTop() < s.paddedH(); r++) {
                System.arraycopy(
                        in,
                        (n * s.h() + r) * rowLength,
                        out,
                        image + (r + s.padTop()) * paddedRow + s.padLeft() * s.c(),
                        columns);
            }
        }
    }

    /** Image {@code n} of {@code padded} without its padding into {@code images}; rows and columns no window reached get 0. */
    static void crop(FlatArray padded, Conv2dShape s, FlatArray images, int n) {
        float[] in = ((FlatArray.Floats) padded).values();
        float[] out = ((FlatArray.Floats) images).values();
        int rowLength = s.w() * s.c();
        int paddedRow = s.paddedW() * s.c();
        int columns = Math.min(s.w(), s.paddedW() - s.padLeft()) * s.c();
        for (int r = 0; r < s.h(); r++) {
            int row = (n * s.h() + r) * rowLength;
            if (r + s.padTop() >= s.paddedH()) {
                images.clear(row, row + rowLength);
                continue;
            }
            System.arraycopy(
                    in, n * s.paddedImage() + (r + s.padTop()) * paddedRow + s.padLeft() * s.c(), out, row, columns);
            images.clear(row + columns, row + rowLength);
        }
    }
}
