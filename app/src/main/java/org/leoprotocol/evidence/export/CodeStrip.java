package org.leoprotocol.evidence.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The export code as a machine-readable row of 64 black and white cells along the foot of an image: a start pattern,
 * the code's 50 bits, an 8-bit checksum and an end pattern. Cell positions are fractions of the image width, so the row
 * is still read after the copy is recompressed or scaled evenly; cropping the foot removes it, which the visible
 * watermark is there for.
 */
final class CodeStrip {

	private static final int CELLS = 64;
	private static final String START = "1011";
	private static final String END = "01";

	private CodeStrip() {
	}

	static boolean fits(BufferedImage image) {
		return image.getWidth() >= 160 && image.getHeight() >= 60;
	}

	static void draw(BufferedImage image, String code) {
		String bits = bits(code);
		double cell = cell(image);
		double x0 = image.getWidth() * 0.1;
		double y0 = image.getHeight() - 2 * cell;
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect((int) (x0 - cell), (int) (y0 - cell / 2), (int) Math.ceil(cell * (CELLS + 2)),
				(int) Math.ceil(cell * 2));
		g.setColor(Color.BLACK);
		for (int i = 0; i < CELLS; i++) {
			if (bits.charAt(i) == '1') {
				g.fillRect((int) Math.floor(x0 + i * cell), (int) Math.floor(y0), (int) Math.ceil(cell),
						(int) Math.ceil(cell));
			}
		}
		g.dispose();
	}

	static Optional<String> read(BufferedImage image) {
		if (!fits(image)) {
			return Optional.empty();
		}
		double cell = cell(image);
		double x0 = image.getWidth() * 0.1;
		double y0 = image.getHeight() - 2 * cell;
		StringBuilder bits = new StringBuilder(CELLS);
		for (int i = 0; i < CELLS; i++) {
			bits.append(dark(image, x0 + (i + 0.5) * cell, y0 + cell / 2) ? '1' : '0');
		}
		return decode(bits.toString());
	}

	static String bits(String code) {
		StringBuilder data = new StringBuilder();
		int checksum = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			int value = Watermark.ALPHABET.indexOf(c);
			checksum = (checksum * 31 + value) & 0xFF;
			data.append(String.format("%5s", Integer.toBinaryString(value)).replace(' ', '0'));
		}
		return START + data + String.format("%8s", Integer.toBinaryString(checksum)).replace(' ', '0') + END;
	}

	static Optional<String> decode(String bits) {
		if (!bits.startsWith(START) || !bits.endsWith(END)) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < Watermark.CODE_LENGTH; i++) {
			int at = START.length() + i * 5;
			code.append(Watermark.ALPHABET.charAt(Integer.parseInt(bits.substring(at, at + 5), 2)));
		}
		return bits.equals(bits(code.toString())) ? Optional.of(code.toString()) : Optional.empty();
	}

	private static double cell(BufferedImage image) {
		return image.getWidth() * 0.8 / CELLS;
	}

	private static boolean dark(BufferedImage image, double x, double y) {
		int sum = 0;
		int count = 0;
		for (int dx = -1; dx <= 1; dx++) {
			for (int dy = -1; dy <= 1; dy++) {
				int px = Math.min(image.getWidth() - 1, Math.max(0, (int) x + dx));
				int py = Math.min(image.getHeight() - 1, Math.max(0, (int) y + dy));
				int rgb = image.getRGB(px, py);
				sum += (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
				count++;
			}
		}
		return sum / count < 128;
	}
}
