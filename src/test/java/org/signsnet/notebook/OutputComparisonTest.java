package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputComparisonTest {
    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cost after epoch 0: 1.922511|Cost after epoch 0: 1.922511|true",
                "Cost after epoch 0: 1.922511|Cost after epoch 0: 1.922600|true",
                "Cost after epoch 0: 1.922511|Cost after epoch 0: 1.950000|false",
                "Cost after epoch 0: 1.922511|Cost after epoch 1: 1.922511|false",
                "y = 2|y = 3|false",
                "(trained in 12.5 s)|(trained in 3.0 s)|true",
                "took 12 seconds|took 3 seconds|true",
                "Train Accuracy: 0.5|Test Accuracy: 0.5|false",
                "W1 = [ 0.00131723  0.14176141]|W1 = [ 0.00131723  0.14176141]|true"
            })
    void linesMatchExactlyOrWithinTheDocumentedTolerances(String saved, String actual, boolean match) {
        assertThat(OutputComparison.difference(saved, actual).isEmpty()).isEqualTo(match);
    }

    @Test
    void displaysMustMatchInNumberKindAndImageSize() {
        DisplayOutput small = NotebookDisplay.render(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB));
        DisplayOutput other = NotebookDisplay.render(new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB));
        DisplayOutput large = NotebookDisplay.render(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB));
        DisplayOutput broken = new DisplayOutput(Map.of(DisplayOutput.PNG, "bm90IGEgcG5n"));
        assertThat(OutputComparison.displayDifference(List.of(small), List.of(other)))
                .isEmpty();
        assertThat(OutputComparison.displayDifference(List.of(small), List.of(large)))
                .contains("5x3", "4x3");
        assertThat(OutputComparison.displayDifference(List.of(small), List.of()))
                .contains("1 display(s) saved but 0 shown");
        assertThat(OutputComparison.displayDifference(List.of(small), List.of(broken)))
                .contains("does not decode");
        assertThat(OutputComparison.displayDifference(List.of(small), List.of(DisplayOutput.text("x"))))
                .contains("text was shown");
    }

    @Test
    void aMissingOrExtraLineIsADifferenceNamingTheLine() {
        assertThat(OutputComparison.difference("a\nb\n", "a\n")).startsWith("line 2:");
        assertThat(OutputComparison.difference("a\n", "a\nb\n")).startsWith("line 2:");
    }
}
