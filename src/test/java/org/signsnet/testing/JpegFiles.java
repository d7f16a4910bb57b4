package org.signsnet.testing;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.NodeList;

/** JPEG variants the tests write themselves: progressive, and CMYK as Photoshop saves it. */
public final class JpegFiles {
    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

    private JpegFiles() {}

    /** {@code image} as a progressive JPEG of quality 0.95. */
    public static Path progressive(Path file, BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        write(file, writer, new IIOImage(image, null, null), param);
        return file;
    }

    /**
     * {@code image} converted to CMYK ({@code K = 1 - max(R, G, B)}, {@code C = (1 - R - K) / (1 - K)}, ...)
     * and saved as a 4-channel JPEG of quality 0.95 with an Adobe APP14 marker, transform 0 (no
     * colour transform), and the channels stored inverted as Adobe applications store them; no ICC
     * profile. ImageMagick reads it back as the original colours.
     */
    public static Path cmyk(Path file, BufferedImage image) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] cmyk = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                double r = (rgb >> 16 & 0xff) / 255.0;
                double g = (rgb >> 8 & 0xff) / 255.0;
                double b = (rgb & 0xff) / 255.0;
                double k = 1 - Math.max(r, Math.max(g, b));
                double white = 1 - k;
                double[] values = {
                    white == 0 ? 0 : (white - r) / white,
                    white == 0 ? 0 : (white - g) / white,
                    white == 0 ? 0 : (white - b) / white,
                    k
                };
                for (int c = 0; c < 4; c++) {
                    cmyk[c] = 255 - (int) Math.round(255 * values[c]);
                }
                raster.setPixel(x, y, cmyk);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ColorSpace space = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createInterleaved(space, new int[] {0, 1, 2, 3}, DataBuffer.TYPE_BYTE, false, false),
                param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(NATIVE_FORMAT);
        NodeList adobe = root.getElementsByTagName("app14Adobe");
        if (adobe.getLength() != 1) {
            throw new IllegalStateException("the JPEG writer made no Adobe marker for CMYK");
        }
        ((IIOMetadataNode) adobe.item(0)).setAttribute("transform", "0");
        NodeList jfif = root.getElementsByTagName("app0JFIF");
        for (int i = jfif.getLength() - 1; i >= 0; i--) {
            jfif.item(i).getParentNode().removeChild(jfif.item(i));
        }
        metadata.setFromTree(NATIVE_FORMAT, root);
        write(file, writer, new IIOImage(raster, null, metadata), param);
        return file;
    }

    private static void write(Path file, ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
    }
}
