package org.signsnet.model;

/**
 * A {@link TrainingConfig} value out of its range: which setting, and the rule it broke ("must be
 * in [1, 100000], got 0"), so that a caller can name the setting its own way (the CLI: its option).
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The checked settings of a {@link TrainingConfig}, by their own names. */
    public enum Setting {
        LEARNING_RATE("learning rate"),
        EPOCHS("epochs"),
        BATCH_SIZE("batch size"),
        SEED("seed"),
        FC_OP_SEED("fc op seed");

        private final String name;

        Setting(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Setting setting;
    private final String rule;

    public InvalidSettingException(Setting setting, String rule) {
        super(setting + " " + rule);
        this.setting = setting;
        this.rule = rule;
    }

    public Setting setting() {
        return setting;
    }

    /** What the value broke, without the setting's name, e.g. "must be non-negative, got -1". */
    public String rule() {
        return rule;
    }
}
