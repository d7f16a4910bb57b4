package org.signsnet.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The image fixtures of {@code src/test/resources/org/signsnet/image/} (its README says how each was made). */
public final class ImageFixtures {
    private ImageFixtures() {}

    /** The fixture file {@code name}, e.g. {@code hand.png}, {@code hand-ycck.jpg}, {@code hand.heic}. */
    public static Path path(String name) {
        URL url = ImageFixtures.class.getResource("/org/signsnet/image/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no image fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
