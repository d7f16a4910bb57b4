/**
 * The data: the SIGNS hand-sign files and folders of your own photos. The notebook's
 * {@code load_dataset()} ({@link org.signsnet.data.SignsDataLoader}, reading {@code train_signs.h5}
 * / {@code test_signs.h5} with jhdf and validating every dataset), its preprocessing ({@code X/255.}
 * in float32, one-hot labels: {@link org.signsnet.data.SignsDataset}), {@code random_mini_batches}
 * in numpy's exact order ({@link org.signsnet.data.MiniBatches}), where the files are looked for
 * ({@link org.signsnet.data.DataDirectoryResolver}) and their checksums ({@link
 * org.signsnet.data.DataChecksums}).
 *
 * <p>A folder with one subfolder of photos per class is a dataset too ({@link
 * org.signsnet.data.ImageFolder}, decoded as {@code predict} reads a photo by {@link
 * org.signsnet.data.FolderImages}); {@link org.signsnet.data.DataSource} names either kind of data,
 * {@link org.signsnet.data.SignsPacker} and {@link org.signsnet.data.SignsUnpacker} convert between
 * folders and HDF5 files, and {@link org.signsnet.data.ClassNames} carries the classes' names.
 *
 * <p>Shapes follow the notebook: images {@code (m, n_H, n_W, n_C) = (m, 64, 64, 3)} NHWC, labels
 * one-hot {@code (m, C)}, C = 6 for SIGNS. Every data problem surfaces as a one-line {@link
 * org.signsnet.SignsnetException} of kind DATA naming the file, the dataset and what was expected.
 */
package org.signsnet.data;
