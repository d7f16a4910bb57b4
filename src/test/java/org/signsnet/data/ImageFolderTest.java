package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.data.ImageFolder.Photo;
import org.signsnet.testing.PhotoFolders;

class ImageFolderTest {
    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();
    private final FolderListener listener = FolderListener.warnings(warnings::add);

    @Test
    void classesAreTheFolderNamesInNameOrderAndEachPhotoIsLabelledByItsFolder() {
        PhotoFolders.photos(root.resolve("two"), 2, 3);
        PhotoFolders.photos(root.resolve("fist"), 0, 2);
        PhotoFolders.photos(root.resolve("one/left"), 1, 2);

        ImageFolder folder = ImageFolder.scan(root, listener);

        assertThat(folder.classNames().names()).containsExactly("fist", "one", "two");
        assertThat(folder.splitByUser()).isFalse();
        for (Photo photo : folder.all()) {
            Path classFolder = root.relativize(photo.file()).getName(0);
            assertThat(folder.classNames().name(photo.label())).isEqualTo(classFolder.toString());
        }
        assertThat(folder.all()).hasSize(7);
        assertThat(warnings).isEmpty();
    }

    @Test
    void numberedFoldersAreOrderedByNumberSoThat0To5AreSignsClasses() {
        for (String name : List.of("10", "2", "0", "5", "1", "3", "4")) {
            PhotoFolders.photos(root.resolve(name), 0, 2);
        }
        assertThat(ImageFolder.scan(root, listener).classNames().names())
                .containsExactly("0", "1", "2", "3", "4", "5", "10");

        Path signs = root.resolve("signs");
        for (int c = 0; c < 6; c++) {
            PhotoFolders.photos(signs.resolve(Integer.toString(c)), c, 2);
        }
        assertThat(ImageFolder.scan(signs, listener).classNames()).isEqualTo(ClassNames.signs());
    }

    @Test
    void withoutTrainAndTestEachClassIsSplit80To20ReproduciblyByTheSeed() {
        PhotoFolders.photos(root.resolve("a"), 0, 10);
        PhotoFolders.photos(root.resolve("b"), 1, 5);
        PhotoFolders.photos(root.resolve("c"), 2, 2);
        ImageFolder folder = ImageFolder.scan(root, listener);

        ImageFolder.Split split = folder.split(3);

        assertThat(count(split.test(), 0)).isEqualTo(2);
        assertThat(count(split.test(), 1)).isEqualTo(1);
        assertThat(count(split.test(), 2)).isEqualTo(1);
        assertThat(count(split.train(), 0)).isEqualTo(8);
        assertThat(count(split.train(), 2)).isEqualTo(1);
        Set<Path> files = new HashSet<>();
        split.train().forEach(p -> files.add(p.file()));
        split.test().forEach(p -> files.add(p.file()));
        assertThat(files).hasSize(17);
        assertThat(folder.split(3)).isEqualTo(split);
        assertThat(List.of(4L, 5L, 6L, 7L).stream()
                        .map(seed -> folder.split(seed).test()))
                .anyMatch(test -> !test.equals(split.test()));
    }

    @Test
    void trainAndTestFoldersAreTheUsersSplit() {
        PhotoFolders.photos(root.resolve("train/fist"), 0, 3);
        PhotoFolders.photos(root.resolve("train/one"), 1, 3);
        PhotoFolders.photos(root.resolve("test/one"), 1, 2);

        ImageFolder folder = ImageFolder.scan(root, listener);

        assertThat(folder.splitByUser()).isTrue();
        assertThat(folder.split(0).train()).hasSize(6);
        assertThat(folder.split(0).test()).hasSize(2).allMatch(p -> p.label() == 1);
        assertThat(warnings).containsExactly("class 'fist' has no test photos in " + root.resolve("test"));
    }

    @Test
    void photosAreOrderedByTheirNameInTheClassFolderThenByClass() {
        PhotoFolders.photo(root.resolve("b/0002.png"), 1, 2);
        PhotoFolders.photo(root.resolve("a/0001.png"), 0, 1);
        PhotoFolders.photo(root.resolve("a/0003.png"), 0, 3);
        PhotoFolders.photo(root.resolve("b/0000.png"), 1, 0);

        List<String> order = ImageFolder.scan(root, listener).all().stream()
                .map(p -> p.relative())
                .toList();

        assertThat(order).containsExactly("0000.png", "0001.png", "0002.png", "0003.png");
    }

    @Test
    void aFileThatIsNoImageIsSkippedWithOneWarningNamingItAndHiddenFilesSilently() throws IOException {
        PhotoFolders.photos(root.resolve("fist"), 0, 2);
        PhotoFolders.photos(root.resolve("one"), 1, 2);
        Files.writeString(root.resolve("one/notes.txt"), "my notes");
        Files.writeString(root.resolve("README.md"), "about");
        Files.writeString(root.resolve("fist/.DS_Store"), "x");
        PhotoFolders.photo(root.resolve("fist/.hidden/photo.png"), 0, 9);
        PhotoFolders.photo(root.resolve("fist/UPPER.PNG"), 0, 7);

        ImageFolder folder = ImageFolder.scan(root, listener);

        assertThat(folder.all()).hasSize(5);
        assertThat(warnings)
                .containsExactly(
                        "skipped " + root.resolve("README.md") + ": not in a class folder",
                        "skipped " + root.resolve("one/notes.txt")
                                + ": not an image (signsnet reads the extensions jpg, jpeg, png, webp, tif, tiff,"
                                + " bmp, gif)");
    }

    @Test
    void anEmptyClassFolderIsAnErrorNamingIt() {
        PhotoFolders.photos(root.resolve("fist"), 0, 2);
        root.resolve("one").toFile().mkdirs();

        assertThat(dataError().getMessage()).isEqualTo("class folder " + root.resolve("one") + " has no photos");
    }

    @Test
    void aSingleClassIsAnError() {
        PhotoFolders.photos(root.resolve("fist"), 0, 4);

        assertThat(dataError().getMessage())
                .startsWith("photo folder " + root + " has a single class folder, 'fist'; expected one subfolder");
    }

    @Test
    void noClassFolderIsAnError() throws IOException {
        Files.writeString(root.resolve("a.txt"), "x");

        assertThat(dataError().getMessage()).startsWith("photo folder " + root + " has no class folders");
    }

    @Test
    void aClassWithFewerThanTwoPhotosIsAnError() {
        PhotoFolders.photos(root.resolve("fist"), 0, 3);
        PhotoFolders.photos(root.resolve("one"), 1, 1);

        assertThat(dataError().getMessage())
                .isEqualTo("class 'one' (" + root.resolve("one")
                        + ") has only 1 photo; each class needs at least 2, one to train on and one to test");
    }

    @Test
    void aTestClassWithoutTrainingPhotosIsAnError() {
        PhotoFolders.photos(root.resolve("train/fist"), 0, 2);
        PhotoFolders.photos(root.resolve("train/one"), 1, 2);
        PhotoFolders.photos(root.resolve("test/thumb"), 2, 2);

        assertThat(dataError().getMessage())
                .isEqualTo(root.resolve("test/thumb") + " has no class folder " + root.resolve("train/thumb")
                        + ": the model cannot learn a class it has no training photos of");
    }

    @Test
    void trainWithoutTestIsAnError() {
        PhotoFolders.photos(root.resolve("train/fist"), 0, 2);

        assertThat(dataError().getMessage()).startsWith("photo folder " + root + " has train/ but no test/");
    }

    @Test
    void aMissingFolderIsAnIoError() {
        SignsnetException e = catchThrowableOfType(
                SignsnetException.class, () -> ImageFolder.scan(root.resolve("nowhere"), listener));

        assertThat(e.kind()).isEqualTo(ErrorKind.IO);
        assertThat(e.getMessage()).isEqualTo("photo folder " + root.resolve("nowhere") + " does not exist");
        assertThat(root.resolve("nowhere")).doesNotExist();
    }

    private SignsnetException dataError() {
        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> ImageFolder.scan(root, listener));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    private static long count(List<Photo> photos, int label) {
        return photos.stream().filter(p -> p.label() == label).count();
    }
}
