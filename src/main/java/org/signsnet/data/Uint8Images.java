package org.signsnet.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.LongStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Images as the SIGNS HDF5 files hold them, before the notebook's {@code X / 255.}: uint8
 * {@code (m, n_H, n_W, n_C) = (m, 64, 64, 3)}, row-major, the bytes read as unsigned, and the class
 * of each image. A photo folder is decoded into these ({@link FolderImages}), {@code signsnet data
 * pack} writes them ({@link SignsPacker}) and {@code data unpack} reads them back.
 *
 * <p>The arrays are not copied: treat them as read-only.
 *
 * @param pixels     {@code m * 64 * 64 * 3} bytes
 * @param labels     the class of each image, an index into {@code classNames}
 * @param classNames the classes
 * @param source     where the images come from (a photo folder or an HDF5 file), for messages
 */
public record Uint8Images(byte[] pixels, int[] labels, ClassNames classNames, Path source) {
    public Uint8Images {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(source, "source");
        if (pixels.length != (long) labels.length * SignsDataset.PIXELS_PER_IMAGE) {
            throw new IllegalArgumentException(
                    pixels.length + " bytes are not " + labels.length + " images of 64 x 64 x 3");
        }
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException(
                        "label " + label + " is not a class index in [0, " + classNames.size() + ")");
            }
        }
    }

    /**
     * The pixels of a loaded split, recovered exactly: the loader's {@code (float) (p / 255.0)}
     * times 255 rounds back to {@code p} for every uint8 value.
     */
    public static Uint8Images of(SignsDataset dataset) {
        float[] scaled = dataset.images().dup('c').data().asFloat();
        byte[] pixels = new byte[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            pixels[i] = (byte) Math.round(scaled[i] * 255.0);
        }
        return new Uint8Images(pixels, dataset.labels(), dataset.classNames(), dataset.source());
    }

    /** The number of images m. */
    public int size() {
        return labels.length;
    }

    /** Image {@code i}'s 64 x 64 x 3 bytes. */
    public byte[] image(int i) {
        int from = i * SignsDataset.PIXELS_PER_IMAGE;
        return Arrays.copyOfRange(pixels, from, from + SignsDataset.PIXELS_PER_IMAGE);
    }

    /**
     * The notebook's preprocessing, as {@link SignsDataLoader} applies it to the HDF5 files: float32
     * {@code pixels / 255.}, with the classes numbered {@code 0..k-1} in {@code list_classes}.
     */
    public SignsDataset toDataset() {
        INDArray images = PixelScaler.images(pixels, size());
        long[] classes = LongStream.range(0, classNames.size()).toArray();
        return new SignsDataset(images, labels, classes, classNames, source);
    }
}
