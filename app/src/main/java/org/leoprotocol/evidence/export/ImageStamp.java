package org.leoprotocol.evidence.export;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.IntConsumer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.leoprotocol.shared.WrongState;

/**
 * Photo exports (Java 2D): a band with the watermark line across the top, the line again faintly across the middle at
 * an angle (so cropping the band does not remove it), and the export code as a {@link CodeStrip}.
 */
final class ImageStamp implements WatermarkStamp {

	@Override
	public boolean accepts(String mediaType) {
		return mediaType.startsWith("image/");
	}

	@Override
	public String exportType(String mediaType) {
		return mediaType.equals("image/jpeg") ? "image/jpeg" : "image/png";
	}

	@Override
	public void stamp(Path original, String mediaType, Path target, Watermark watermark, IntConsumer progress)
			throws IOException {
		BufferedImage source = ImageIO.read(original.toFile());
		if (source == null) {
			throw new WrongState("evidence.export.failure.undecodable");
		}
		BufferedImage image = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.drawImage(source, 0, 0, null);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		int size = Math.max(12, image.getWidth() / 45);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
		g.setColor(new Color(0, 0, 0, 170));
		g.fillRect(0, 0, image.getWidth(), size * 2);
		g.setColor(Color.WHITE);
		g.drawString(watermark.text(), size / 2, (int) (size * 1.4));
		AffineTransform straight = g.getTransform();
		g.rotate(-Math.PI / 8, image.getWidth() / 2.0, image.getHeight() / 2.0);
		g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
		int width = g.getFontMetrics().stringWidth(watermark.text());
		g.drawString(watermark.text(), (image.getWidth() - width) / 2, image.getHeight() / 2);
		g.setTransform(straight);
		g.dispose();
		if (CodeStrip.fits(image)) {
			CodeStrip.draw(image, watermark.code());
		}
		write(image, exportType(mediaType), target);
	}

	@Override
	public Optional<String> readCode(Path file) throws IOException {
		BufferedImage image = ImageIO.read(file.toFile());
		return image == null ? Optional.empty() : CodeStrip.read(image);
	}

	private static void write(BufferedImage image, String mediaType, Path target) throws IOException {
		if (mediaType.equals("image/png")) {
			ImageIO.write(image, "png", target.toFile());
			return;
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		ImageWriteParam quality = writer.getDefaultWriteParam();
		quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		quality.setCompressionQuality(0.92f);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), quality);
		}
		finally {
			writer.dispose();
		}
	}
}
