package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import org.signsnet.data.ClassNames;
import org.signsnet.data.FolderImages;
import org.signsnet.data.FolderListener;
import org.signsnet.data.ImageFolder;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.data.SignsPacker;
import org.signsnet.data.SignsUnpacker;
import org.signsnet.data.Uint8Data;
import org.signsnet.data.Uint8Images;

/**
 * {@code signsnet data pack} and {@code data unpack}: a photo folder ({@link ImageFolder}) to the
 * notebook's two HDF5 files ({@link SignsPacker}), and the HDF5 files of a data directory to a photo
 * folder of PNGs ({@link SignsUnpacker}). Everything is read and checked before anything is written.
 */
public final class PackJob {
    private PackJob() {}

    /**
     * What was packed or unpacked.
     *
     * @param data  the images, both splits
     * @param files the files written: the two HDF5 files, or the photo folder
     */
    public record Result(Uint8Data data, List<Path> files) {
        public Result {
            files = List.copyOf(files);
        }

        /** {@code 540 training and 60 test images of 3 classes (fist, one, two)}. */
        public String summary() {
            ClassNames classes = data.train().classNames();
            return data.train().size() + " training and " + data.test().size() + " test images of " + classes.size()
                    + " classes (" + classes + ")";
        }
    }

    /**
     * Packs the photos in {@code folder} into {@code outDir}: its {@code train/} and {@code test/},
     * or else the split {@code signsnet train --images folder --seed splitSeed} trains on.
     */
    public static Result pack(Path folder, long splitSeed, Path outDir, FolderListener listener) {
        SignsPacker.checkTarget(outDir);
        ImageFolder scanned = ImageFolder.scan(folder, listener);
        Uint8Data data = FolderImages.load(scanned, scanned.split(splitSeed), listener);
        return new Result(data, SignsPacker.write(data, outDir));
    }

    /** Unpacks {@code train_signs.h5} and {@code test_signs.h5} in {@code dataDir} into the new folder {@code outDir}. */
    public static Result unpack(Path dataDir, Path outDir) {
        SignsUnpacker.checkTarget(outDir);
        SignsData signs = new SignsDataLoader().load(dataDir);
        Uint8Data data = new Uint8Data(Uint8Images.of(signs.train()), Uint8Images.of(signs.test()));
        SignsUnpacker.write(data, outDir);
        return new Result(data, List.of(outDir));
    }
}
