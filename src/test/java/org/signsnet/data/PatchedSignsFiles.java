package org.signsnet.data;

import java.io.IOException;
import java.nio.file.Path;

/** For tests in other packages: SIGNS files whose headers lie about their size. */
public final class PatchedSignsFiles {
    private PatchedSignsFiles() {}

    /** A one-image train_signs.h5 whose pixel dataset's header claims {@code m} images. */
    public static Path trainClaimingImages(Path file, long m) throws IOException {
        return Hdf5DimensionPatch.setFirstDimension(TinySignsFile.train(1).write(file), new long[] {1, 64, 64, 3}, m);
    }
}
