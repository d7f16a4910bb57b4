package org.signsnet.model;

import org.signsnet.model.InvalidSettingException.Setting;

/**
 * Everything that defines a training run of the application notebook's {@code model()}.
 *
 * @param preset       which network to train
 * @param learningRate Adam's learning rate (notebook: 0.009)
 * @param epochs       number of passes over the training set (notebook: 100)
 * @param batchSize    minibatch size (notebook: 64); the last, smaller batch is kept
 * @param seed         the notebook's numpy seed base: epoch {@code e} shuffles with
 *                     {@code seed + 1 + e} (notebook: 3, so epoch 0 uses 4); also seeds DL4J's
 *                     initialiser when {@code init} is {@link InitMode#DL4J}
 * @param init         where the starting weights come from
 * @param fcOpSeed     TensorFlow op seed of the fully connected layer's initialiser (notebook: 39)
 */
public record TrainingConfig(
        ModelPreset preset, double learningRate, int epochs, int batchSize, long seed, InitMode init, long fcOpSeed) {

    public static final int MAX_EPOCHS = 100_000;
    public static final int MAX_BATCH_SIZE = 100_000;

    public TrainingConfig {
        if (preset == null || init == null) {
            throw new IllegalArgumentException("preset and init must be given");
        }
        if (!(learningRate > 0 && learningRate <= 10) || Double.isNaN(learningRate)) {
            throw new InvalidSettingException(Setting.LEARNING_RATE, "must be in (0, 10], got " + learningRate);
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new InvalidSettingException(Setting.EPOCHS, "must be in [1, " + MAX_EPOCHS + "], got " + epochs);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new InvalidSettingException(
                    Setting.BATCH_SIZE, "must be in [1, " + MAX_BATCH_SIZE + "], got " + batchSize);
        }
        if (seed < 0 || seed > 0xffffffffL - MAX_EPOCHS - 1) {
            throw new InvalidSettingException(
                    Setting.SEED, "must be in [0, " + (0xffffffffL - MAX_EPOCHS - 1) + "], got " + seed);
        }
        if (fcOpSeed < 0) {
            throw new InvalidSettingException(Setting.FC_OP_SEED, "must be non-negative, got " + fcOpSeed);
        }
    }

    /** The application notebook's {@code model()} defaults: lr 0.009, 100 epochs, batch 64, seed 3. */
    public static TrainingConfig notebookDefaults() {
        return new TrainingConfig(ModelPreset.NOTEBOOK, 0.009, 100, 64, 3, InitMode.TF, 39);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(preset, learningRate, value, batchSize, seed, init, fcOpSeed);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(preset, learningRate, epochs, value, seed, init, fcOpSeed);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(preset, value, epochs, batchSize, seed, init, fcOpSeed);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(preset, learningRate, epochs, batchSize, value, init, fcOpSeed);
    }

    public TrainingConfig withInit(InitMode value) {
        return new TrainingConfig(preset, learningRate, epochs, batchSize, seed, value, fcOpSeed);
    }

    public TrainingConfig withFcOpSeed(long value) {
        return new TrainingConfig(preset, learningRate, epochs, batchSize, seed, init, value);
    }

    public TrainingConfig withPreset(ModelPreset value) {
        return new TrainingConfig(value, learningRate, epochs, batchSize, seed, init, fcOpSeed);
    }

    /** The numpy seed {@code random_mini_batches} gets in epoch {@code epoch} (0-based). */
    public long shuffleSeedForEpoch(int epoch) {
        return seed + 1 + epoch;
    }
}
