package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.ImageLoader;
import org.signsnet.testing.PhotoFolders;
import org.signsnet.testing.SyntheticSigns;

/** What a page that teaches the model calls: add photos to a folder, and train on SIGNS plus the folder. */
class FolderDatasetServicesTest {
    @TempDir
    Path dir;

    @Test
    void anAddedPhotoIsStoredOnceInItsClassFolderAndANonImageIsRefused() throws IOException {
        Path source = PhotoFolders.photo(dir.resolve("upload.png"), 2, 1);
        EncodedImage photo = EncodedImage.read(source);
        Path root = dir.resolve("teach");

        Path stored = ImageFolderWriter.add(root, "two", photo, ImageLoader.ANY_SIZE);
        Path again = ImageFolderWriter.add(root, "two", photo, ImageLoader.ANY_SIZE);

        assertThat(again).isEqualTo(stored);
        assertThat(stored.getParent()).isEqualTo(root.resolve("two"));
        assertThat(stored.getFileName().toString()).endsWith(".png");
        assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(source));
        try (var files = Files.list(root.resolve("two"))) {
            assertThat(files).hasSize(1);
        }

        EncodedImage text = new EncodedImage("notes.jpg", "hello".getBytes(StandardCharsets.UTF_8));
        SignsnetException notAnImage = catchThrowableOfType(
                SignsnetException.class, () -> ImageFolderWriter.add(root, "one", text, ImageLoader.ANY_SIZE));
        assertThat(notAnImage.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(root.resolve("one")).doesNotExist();
        SignsnetException badLabel = catchThrowableOfType(
                SignsnetException.class, () -> ImageFolderWriter.add(root, "../x", photo, ImageLoader.ANY_SIZE));
        assertThat(badLabel.getMessage())
                .isEqualTo("cannot add a photo to the class '../x': a class name cannot start with '.' or hold '/'"
                        + " or '\\'");
    }

    @Test
    void signsPlusAFolderAddsToSignsClassesByNameAndAppendsNewOnes() {
        SignsData signs = DataSource.signs(SyntheticSigns.write(dir.resolve("signs"), 12, 6))
                .load();
        PhotoFolders.photos(dir.resolve("hands/2"), 2, 5);
        PhotoFolders.photos(dir.resolve("hands/fist"), 0, 5);
        SignsData hands = DataSource.images(dir.resolve("hands"), 3, FolderListener.none())
                .load();

        SignsData both = signs.plus(hands);

        assertThat(both.classNames().names()).containsExactly("0", "1", "2", "3", "4", "5", "fist");
        assertThat(both.train().size()).isEqualTo(12 + 8);
        assertThat(both.test().size()).isEqualTo(6 + 2);
        int[] labels = both.train().labels();
        for (int i = 0; i < 12; i++) {
            assertThat(labels[i]).isEqualTo(signs.train().labels()[i]);
        }
        for (int i = 0; i < 8; i++) {
            String name = hands.classNames().name(hands.train().labels()[i]);
            assertThat(both.classNames().name(labels[12 + i])).isEqualTo(name);
        }
        assertThat(both.train().oneHotLabels().shape()).containsExactly(20, 7);
        assertThat(DataChecksums.of(both)).containsOnlyKeys("train_signs.h5+hands:train", "test_signs.h5+hands:test");
    }
}
