package org.signsnet.nn;

/**
 * The zero padding of a convolution's input ({@link Conv2dShape}): NHWC images
 * {@code (m, h, w, c)} to their padded form {@code (m, paddedH, paddedW, c)}, and a padded gradient
 * back to the unpadded images (the notebook's {@code zero_pad}, and the crop at the end of
 * {@code conv_backward}). The images may be Java arrays ({@link FlatArray}) or ND4J arrays
 * ({@link NdArrays}), which supply their rows through {@link RowSource} and {@link RowSink}.
 */
final class Padding {
    private Padding() {}

    /** Unpadded images whose rows can be read. */
    @FunctionalInterface
    interface RowSource {
        /** Copies {@code count} values from element {@code from} of the images (c-order) to {@code target[at ..]}. */
        void copy(int from, FlatArray target, int at, int count);
    }

    /** Unpadded images whose rows can be written. */
    interface RowSink {
        /** Copies {@code padded[at .. at + count)} to element {@code to} of the images (c-order) onwards. */
        void copy(FlatArray padded, int at, int to, int count);

        /** Sets elements {@code [to, to + count)} of the images to 0. */
        void zero(int to, int count);
    }

    /** Images {@code [from, to)} of {@code images} into {@code padded}, with zeros around them. */
    static void pad(FlatArray images, Conv2dShape s, FlatArray padded, int from, int to) {
        pad((at, target, targetAt, count) -> copy(images, at, target, targetAt, count), s, padded, from, to, 0);
    }

    /** Images {@code [from, to)} of {@code images} into images {@code [from + shift, to + shift)} of {@code padded}, with zeros around them. */
    static void pad(RowSource images, Conv2dShape s, FlatArray padded, int from, int to, int shift) {
        int rowLength = s.w() * s.c();
        int paddedRow = s.paddedW() * s.c();
        int columns = Math.min(s.w(), s.paddedW() - s.padLeft()) * s.c();
        for (int n = from; n < to; n++) {
            int image = (n + shift) * s.paddedImage();
            padded.clear(image, image + s.paddedImage());
            for (int r = 0; r < s.h() && r + s.padTop() < s.paddedH(); r++) {
                images.copy(
                        (n * s.h() + r) * rowLength,
                        padded,
                        image + (r + s.padTop()) * paddedRow + s.padLeft() * s.c(),
                        columns);
            }
        }
    }

    /** Image {@code n} of {@code padded} without its padding into {@code images}; rows and columns no window reached get 0. */
    static void crop(FlatArray padded, Conv2dShape s, FlatArray images, int n) {
        crop(
                padded,
                s,
                new RowSink() {
                    @Override
                    public void copy(FlatArray source, int at, int to, int count) {
                        Padding.copy(source, at, images, to, count);
                    }

                    @Override
                    public void zero(int to, int count) {
                        images.clear(to, to + count);
                    }
                },
                n,
                n + 1);
    }

    /** Images {@code [from, to)} of {@code padded} without their padding into {@code images}; rows and columns no window reached get 0. */
    static void crop(FlatArray padded, Conv2dShape s, RowSink images, int from, int to) {
        int rowLength = s.w() * s.c();
        int paddedRow = s.paddedW() * s.c();
        int columns = Math.min(s.w(), s.paddedW() - s.padLeft()) * s.c();
        for (int n = from; n < to; n++) {
            for (int r = 0; r < s.h(); r++) {
                int row = (n * s.h() + r) * rowLength;
                if (r + s.padTop() >= s.paddedH()) { // a row no window reaches: no gradient
                    images.zero(row, rowLength);
                    continue;
                }
                images.copy(
                        padded, n * s.paddedImage() + (r + s.padTop()) * paddedRow + s.padLeft() * s.c(), row, columns);
                if (columns < rowLength) {
                    images.zero(row + columns, rowLength - columns);
                }
            }
        }
    }

    private static void copy(FlatArray source, int from, FlatArray target, int at, int count) {
        if (source instanceof FlatArray.Floats f) {
            System.arraycopy(f.values(), from, ((FlatArray.Floats) target).values(), at, count);
        } else {
            System.arraycopy(
                    ((FlatArray.Doubles) source).values(), from, ((FlatArray.Doubles) target).values(), at, count);
        }
    }
}
