package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.signsnet.model.InitMode;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;

class TrainCommandPresetTest {
    @Test
    void optionsNotGivenTakeThePresetsDefaults() {
        assertThat(TrainCommand.config(ModelPreset.NOTEBOOK, null, null, null, null, null, null))
                .isEqualTo(TrainingConfig.notebookDefaults());
        assertThat(TrainCommand.config(ModelPreset.IMPROVED, null, null, null, null, null, null))
                .isEqualTo(ModelPreset.IMPROVED.defaults());
    }

    @Test
    void givenOptionsOverrideThePresetsDefaults() {
        TrainingConfig config = TrainCommand.config(ModelPreset.IMPROVED, 7, 16, 0.002, 11L, null, null);
        assertThat(config.epochs()).isEqualTo(7);
        assertThat(config.batchSize()).isEqualTo(16);
        assertThat(config.learningRate()).isEqualTo(0.002);
        assertThat(config.seed()).isEqualTo(11);
        assertThat(config.init()).isEqualTo(InitMode.DL4J);
        assertThat(config.preset()).isEqualTo(ModelPreset.IMPROVED);
    }

    @Test
    void presetDefaultsDifferWhereTheModelsNeedIt() {
        TrainingConfig improved = ModelPreset.IMPROVED.defaults();
        assertThat(improved.preset()).isEqualTo(ModelPreset.IMPROVED);
        assertThat(improved.init()).isEqualTo(InitMode.DL4J);
        assertThat(improved.epochs())
                .isLessThan(TrainingConfig.notebookDefaults().epochs());
        assertThat(ModelPreset.NOTEBOOK.defaults()).isEqualTo(TrainingConfig.notebookDefaults());
    }

    @Test
    void tensorFlowStartingWeightsExistOnlyForTheNotebook() {
        assertThatThrownBy(() -> TrainCommand.config(ModelPreset.IMPROVED, null, null, null, null, InitMode.TF, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--init tf");
    }

    @Test
    void helpShowsThePresetsAndTheirDefaults() {
        StringWriter out = new StringWriter();
        assertThat(SignsnetCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "train", "--help"))
                .isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help)
                .contains("NOTEBOOK, NOTEBOOK_STOCK, IMPROVED")
                .contains("notebook_stock")
                .contains("notebook 100, improved 25")
                .contains("notebook 64, improved 32")
                .contains("notebook 0.009, improved 0.01");
    }

    @Test
    void compareIsASubcommandWithItsOptions() {
        StringWriter out = new StringWriter();
        assertThat(SignsnetCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "compare", "--help"))
                .isZero();
        assertThat(out.toString())
                .contains("--notebook-model")
                .contains("--improved-model")
                .contains("--out");
    }
}
