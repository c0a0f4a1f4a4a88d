package app.rounds.attendee;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.UnsupportedContent;

/**
 * Turns an uploaded photo into the two JPEGs Rounds serves, decoded and drawn anew, so nothing of the upload's
 * metadata (EXIF, GPS position, comments, colour profiles) survives. Reads the dimensions from the header before
 * decoding and decodes large images subsampled, so a small file claiming a huge canvas cannot exhaust the heap.
 */
final class PhotoEncoder {

    static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> DECODED_FORMATS = Set.of("jpeg", "jpg", "png", "webp");
    static final int THUMBNAIL_SIDE = 256;
    static final int FULL_SIZE_MAX_SIDE = 1024;
    /** Larger canvases are refused before decoding: 50 megapixels is beyond any phone camera's photo. */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final int MAX_SIDE = 12_000;
    private static final float JPEG_QUALITY = 0.85f;

    static {
        // Registers the WebP reader from the application's class path, which the JDK's registry does not scan itself.
        ImageIO.scanForPlugins();
    }

    record Encoded(byte[] thumbnail, byte[] fullSize) {
    }

    private PhotoEncoder() {
    }

    static Encoded encode(String mediaType, byte[] upload) {
        BufferedImage decoded = decode(mediaType, upload);
        BufferedImage opaque = onWhite(decoded);
        return new Encoded(jpeg(squareThumbnail(opaque)), jpeg(bounded(opaque, FULL_SIZE_MAX_SIDE)));
    }

    private static BufferedImage decode(String mediaType, byte[] upload) {
        if (!ACCEPTED_TYPES.contains(mediaType)) {
            throw new UnsupportedContent("A photo must be image/jpeg, image/png or image/webp");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // The declared type is only a gate: phones label files by their name, so the bytes decide the format.
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!DECODED_FORMATS.contains(format)) {
                    throw new UnsupportedContent("The photo is " + format + "; send a JPEG, PNG or WebP image");
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new InvalidInput("photo", "The photo is " + width + " × " + height
                            + " pixels; send one of at most 50 megapixels and " + MAX_SIDE + " pixels a side");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * FULL_SIZE_MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput || e instanceof UnsupportedContent) {
                throw (RuntimeException) e;
            }
            throw unreadable();
        }
    }

    private static InvalidInput unreadable() {
        return new InvalidInput("photo", "The photo could not be read; send a JPEG, PNG or WebP image");
    }

    /** JPEG has no transparency: transparent pixels become white rather than black. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static BufferedImage squareThumbnail(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage centre = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        int target = Math.min(side, THUMBNAIL_SIDE);
        return scaled(centre, target, target);
    }

    private static BufferedImage bounded(BufferedImage image, int maxSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= maxSide) {
            return image;
        }
        double factor = (double) maxSide / longest;
        return scaled(image, Math.max(1, (int) Math.round(image.getWidth() * factor)),
                Math.max(1, (int) Math.round(image.getHeight() * factor)));
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Written with no metadata object, so the file holds only the JFIF header and the pixels. */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
