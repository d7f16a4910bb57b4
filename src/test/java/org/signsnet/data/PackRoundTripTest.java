package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.app.PackJob;
import org.signsnet.testing.PhotoFolders;

class PackRoundTripTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final FolderListener listener = FolderListener.warnings(warnings::add);

    @Test
    void packOfUnpackedSignsHasTheSamePixelsLabelsAndOrder() {
        Path signs = RealSignsData.directory();
        SignsData original = new SignsDataLoader().load(signs);

        PackJob.unpack(signs, dir.resolve("png"));
        PackJob.pack(dir.resolve("png"), 3, dir.resolve("packed"), listener);
        SignsData again = new SignsDataLoader().load(dir.resolve("packed"));

        for (String split : List.of("train", "test")) {
            SignsDataset before = split.equals("train") ? original.train() : original.test();
            SignsDataset after = split.equals("train") ? again.train() : again.test();
            assertThat(after.images()).as(split + " pixels").isEqualTo(before.images());
            assertThat(after.labels()).as(split + " labels").isEqualTo(before.labels());
            assertThat(after.classNames()).isEqualTo(ClassNames.signs());
            assertThat(after.classes()).containsExactly(0, 1, 2, 3, 4, 5);
        }
        int last = original.test().size() - 1;
        assertThat(dir.resolve("png/test/" + original.test().labels()[last] + "/0119.png"))
                .isRegularFile();
        // the reconstructed training file holds 44 pairs of identical images: said, not refused
        assertThat(warnings).hasSize(FolderImages.MAX_DUPLICATE_WARNINGS + 1);
        assertThat(warnings.get(warnings.size() - 1)).startsWith("39 more groups of files with the same content");
    }

    @Test
    void aPackedFolderHasTheNotebooksLayoutAndKeepsItsClassNames() {
        PhotoFolders.photos(dir.resolve("photos/two"), 2, 5);
        PhotoFolders.photos(dir.resolve("photos/fist"), 0, 5);
        PhotoFolders.photos(dir.resolve("photos/one"), 1, 5);

        PackJob.Result packed = PackJob.pack(dir.resolve("photos"), 3, dir.resolve("out"), listener);

        assertThat(packed.files()).containsExactly(dir.resolve("out/train_signs.h5"), dir.resolve("out/test_signs.h5"));
        try (HdfFile hdf = new HdfFile(dir.resolve("out/train_signs.h5"))) {
            Dataset x = hdf.getDatasetByPath("train_set_x");
            assertThat(x.getDimensions()).containsExactly(12, 64, 64, 3);
            assertThat(Hdf5Types.name(x.getDataType())).isEqualTo("uint8");
            Dataset y = hdf.getDatasetByPath("train_set_y");
            assertThat(Hdf5Types.name(y.getDataType())).isEqualTo("int64");
            assertThat((long[]) hdf.getDatasetByPath("list_classes").getData()).containsExactly(0, 1, 2);
            assertThat((String[]) hdf.getDatasetByPath("class_names").getData()).containsExactly("fist", "one", "two");
        }
        SignsData data = new SignsDataLoader().load(dir.resolve("out"));
        assertThat(data.classNames().names()).containsExactly("fist", "one", "two");
        assertThat(data.train().size()).isEqualTo(12);
        assertThat(data.test().labels()).containsExactlyInAnyOrder(0, 1, 2);
        SignsData direct = DataSource.images(dir.resolve("photos"), 3, listener).load();
        assertThat(data.train().images()).isEqualTo(direct.train().images());
        assertThat(data.test().labels()).isEqualTo(direct.test().labels());
    }

    @Test
    void trainAndTestFilesWithOtherClassesAreADataError() throws IOException {
        PhotoFolders.photos(dir.resolve("a/x"), 0, 3);
        PhotoFolders.photos(dir.resolve("a/y"), 1, 3);
        PhotoFolders.photos(dir.resolve("b/x"), 0, 3);
        PhotoFolders.photos(dir.resolve("b/z"), 1, 3);
        PackJob.pack(dir.resolve("a"), 3, dir.resolve("pa"), listener);
        PackJob.pack(dir.resolve("b"), 3, dir.resolve("pb"), listener);
        Files.copy(
                dir.resolve("pb/test_signs.h5"),
                dir.resolve("pa/test_signs.h5"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> new SignsDataLoader().load(dir.resolve("pa")));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage())
                .isEqualTo(dir.resolve("pa/train_signs.h5") + ": its classes [0, 1] (x, y) differ from those of "
                        + dir.resolve("pa/test_signs.h5") + ", [0, 1] (x, z); expected the same list_classes"
                        + " (and class_names) in both");
    }

    @Test
    void packNeverOverwritesAndUnpackNeedsANewFolder() throws IOException {
        PhotoFolders.photos(dir.resolve("photos/a"), 0, 2);
        PhotoFolders.photos(dir.resolve("photos/b"), 1, 2);
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/test_signs.h5"), "mine");

        SignsnetException pack = catchThrowableOfType(
                SignsnetException.class, () -> PackJob.pack(dir.resolve("photos"), 3, dir.resolve("out"), listener));

        assertThat(pack.kind()).isEqualTo(ErrorKind.IO);
        assertThat(pack.getMessage())
                .isEqualTo(dir.resolve("out/test_signs.h5") + " exists; remove it or choose" + " another --out");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(dir.resolve("out/test_signs.h5"));
        }
        assertThat(dir.resolve("out/test_signs.h5")).hasContent("mine");

        SignsnetException unpack = catchThrowableOfType(
                SignsnetException.class, () -> PackJob.unpack(RealSignsData.directory(), dir.resolve("out")));
        assertThat(unpack.getMessage())
                .isEqualTo(dir.resolve("out") + " exists and is not an empty folder;" + " choose a new --out");
    }

    @Test
    void aPhotoIsDecodedExactlyAsPredictReadsIt() {
        Path photo = PhotoFolders.photo(dir.resolve("photos/a/p.png"), 0, 4);
        PhotoFolders.photos(dir.resolve("photos/a"), 0, 1);
        PhotoFolders.photos(dir.resolve("photos/b"), 1, 2);
        ImageFolder folder = ImageFolder.scan(dir.resolve("photos"), listener);

        Uint8Images all = FolderImages.loadAll(folder, listener);

        int index = folder.all().stream().map(ImageFolder.Photo::file).toList().indexOf(photo);
        SignsDataset dataset = all.toDataset();
        assertThat(dataset.images().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(index, index + 1)))
                .isEqualTo(org.signsnet.image.NotebookImages.load(photo));
    }

    @Test
    void anUnreadableImageFailsWithItsPathAndDuplicatesAreSaidOnce() throws IOException {
        PhotoFolders.photos(dir.resolve("photos/a"), 0, 2);
        PhotoFolders.photos(dir.resolve("photos/b"), 1, 2);
        Files.copy(dir.resolve("photos/a/photo-00.png"), dir.resolve("photos/b/copy.png"));
        ImageFolder folder = ImageFolder.scan(dir.resolve("photos"), listener);
        FolderImages.loadAll(folder, listener);
        assertThat(warnings)
                .containsExactly(dir.resolve("photos/b/copy.png") + " is the same file as "
                        + dir.resolve("photos/a/photo-00.png")
                        + ", in another class (all are used; delete the copies you did not mean)");

        Files.writeString(dir.resolve("photos/b/broken.jpg"), "not really a JPEG");
        ImageFolder broken = ImageFolder.scan(dir.resolve("photos"), listener);
        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> FolderImages.loadAll(broken, listener));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage()).startsWith("image " + dir.resolve("photos/b/broken.jpg") + " ");
    }
}
