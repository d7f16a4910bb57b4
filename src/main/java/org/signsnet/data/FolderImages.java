package org.signsnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signsnet.data.ImageFolder.Photo;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.ImageLoader;
import org.signsnet.image.NotebookImages;

/**
 * Decodes the photos of an {@link ImageFolder} into uint8 64 x 64 images, the way {@code signsnet
 * predict} reads a photo ({@link ImageLoader}: EXIF orientation, CMYK JPEG, transparency on white;
 * then {@link NotebookImages#toPixels}: area resize to 64 x 64, rounded to uint8), so that a model
 * trains on exactly what it will later be asked about.
 *
 * <p>A photo that cannot be read or decoded fails the whole load with one line naming it (an IO or
 * a DATA error, as in {@code predict}). Files with the same content (SHA-256) are all used; each
 * group of them is reported once to the listener, the first {@value #MAX_DUPLICATE_WARNINGS} by
 * name and the others in one line (the SIGNS training file holds 44 such pairs).
 */
public final class FolderImages {
    /** Groups of identical files named one by one; more are counted in one line. */
    static final int MAX_DUPLICATE_WARNINGS = 5;

    private FolderImages() {}

    /** The photos of {@code split}, decoded: its training and its test images. */
    public static Uint8Data load(ImageFolder folder, ImageFolder.Split split, FolderListener listener) {
        List<Photo> photos = new ArrayList<>(split.train());
        photos.addAll(split.test());
        byte[] pixels = decode(photos, listener);
        int trainBytes = split.train().size() * SignsDataset.PIXELS_PER_IMAGE;
        return new Uint8Data(
                images(folder, split.train(), Arrays.copyOfRange(pixels, 0, trainBytes)),
                images(folder, split.test(), Arrays.copyOfRange(pixels, trainBytes, pixels.length)));
    }

    /** Every photo of {@code folder} ({@link ImageFolder#all()}), decoded. */
    public static Uint8Images loadAll(ImageFolder folder, FolderListener listener) {
        return images(folder, folder.all(), decode(folder.all(), listener));
    }

    private static Uint8Images images(ImageFolder folder, List<Photo> photos, byte[] pixels) {
        int[] labels = photos.stream().mapToInt(Photo::label).toArray();
        return new Uint8Images(pixels, labels, folder.classNames(), folder.root());
    }

    /** The pixels of every photo, in order; duplicates reported once per group. */
    private static byte[] decode(List<Photo> photos, FolderListener listener) {
        byte[] pixels = new byte[photos.size() * SignsDataset.PIXELS_PER_IMAGE];
        Map<String, List<Photo>> byContent = new LinkedHashMap<>();
        for (int i = 0; i < photos.size(); i++) {
            Photo photo = photos.get(i);
            EncodedImage encoded = EncodedImage.read(photo.file());
            byContent
                    .computeIfAbsent(DataChecksums.sha256(encoded.bytes()), key -> new ArrayList<>())
                    .add(photo);
            byte[] image = NotebookImages.toPixels(ImageLoader.load(encoded, ImageLoader.ANY_SIZE));
            System.arraycopy(image, 0, pixels, i * SignsDataset.PIXELS_PER_IMAGE, image.length);
            listener.decoded(i + 1, photos.size());
        }
        List<List<Photo>> groups =
                byContent.values().stream().filter(same -> same.size() > 1).toList();
        groups.stream().limit(MAX_DUPLICATE_WARNINGS).forEach(same -> listener.warning(duplicates(same)));
        if (groups.size() > MAX_DUPLICATE_WARNINGS) {
            listener.warning((groups.size() - MAX_DUPLICATE_WARNINGS) + " more groups of files with the same content"
                    + " (" + groups.size() + " in all); all are used");
        }
        return pixels;
    }

    /** "photos/two/b.jpg is the same file as photos/two/a.jpg (both are used)". */
    private static String duplicates(List<Photo> same) {
        List<Path> files = same.stream().map(Photo::file).sorted().toList();
        String others = String.join(
                ", ",
                files.subList(1, files.size()).stream().map(Path::toString).toList());
        boolean classes = same.stream().mapToInt(Photo::label).distinct().count() > 1;
        return others + (files.size() == 2 ? " is" : " are") + " the same file as " + files.get(0)
                + (classes ? ", in another class" : "") + " (all are used; delete the copies you did not mean)";
    }
}
