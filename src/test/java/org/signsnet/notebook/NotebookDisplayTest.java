package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;

class NotebookDisplayTest {
    @Test
    void aPictureIsAPngOfItsSizeWithATextStandIn() {
        DisplayOutput output = NotebookDisplay.render(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB));
        assertThat(output.isImage()).isTrue();
        assertThat(output.data().get(DisplayOutput.TEXT)).isEqualTo("<image 7x5>");
        assertThat(output.decodedImage())
                .hasValueSatisfying(image -> assertThat(image.getWidth()).isEqualTo(7));
    }

    @Test
    void aChartIsDrawnAtTheNotebookChartSize() {
        DisplayOutput output =
                NotebookDisplay.render(ChartFactory.createPieChart("t", new DefaultPieDataset<String>()));
        assertThat(output.decodedImage()).hasValueSatisfying(image -> {
            assertThat(image.getWidth()).isEqualTo(NotebookDisplay.CHART_WIDTH);
            assertThat(image.getHeight()).isEqualTo(NotebookDisplay.CHART_HEIGHT);
        });
    }

    @Test
    void anythingElseIsShownAsText() {
        assertThat(NotebookDisplay.render(List.of(1, 2))).isEqualTo(DisplayOutput.text("[1, 2]"));
    }

    @Test
    void aRouteDeliversDisplaysUntilItIsClosed() {
        List<DisplayOutput> seen = new ArrayList<>();
        try (NotebookDisplay.Route route = NotebookDisplay.routeTo(seen::add)) {
            NotebookDisplay.display("shown");
        }
        assertThat(seen).containsExactly(DisplayOutput.text("shown"));
    }
}
