package org.signsnet.data;

/**
 * The two files of the notebook's {@code load_dataset()} and the datasets each holds.
 *
 * <p>{@code list_classes} is required in the test file (the notebook reads {@code classes} from
 * there) and optional in the training file (the notebook ignores it there; validated when present).
 */
enum SignsSplit {
    TRAIN("train_signs.h5", "train_set_x", "train_set_y", false),
    TEST("test_signs.h5", "test_set_x", "test_set_y", true);

    /** The dataset holding the class values, {@code [0..5]} in SIGNS. */
    static final String CLASSES = "list_classes";
    /**
     * The optional dataset naming each class of {@code list_classes} (strings; written by
     * {@code signsnet data pack}): without it the classes are named by their values.
     */
    static final String CLASS_NAMES = "class_names";

    final String fileName;
    final String images;
    final String labels;
    final boolean classesRequired;

    SignsSplit(String fileName, String images, String labels, boolean classesRequired) {
        this.fileName = fileName;
        this.images = images;
        this.labels = labels;
        this.classesRequired = classesRequired;
    }

    /** "datasets train_set_x (uint8 (m, 64, 64, 3)), train_set_y (int64 (m,))[, list_classes (6,)]". */
    String contents() {
        return "datasets " + images + " (uint8 (m, 64, 64, 3)), " + labels + " (int64 (m,))"
                + (classesRequired ? ", " + CLASSES + " (int64 (6,))" : "");
    }
}
