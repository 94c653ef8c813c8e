package org.leoprotocol.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import javax.imageio.ImageIO;

import org.leoprotocol.evidence.ledger.MerkleHash;

/**
 * Files that look like evidence to {@link org.leoprotocol.evidence.intake.ContentSniffer}: an MP4 header with noise, a
 * PNG still, a phone-record CSV.
 */
public final class EvidenceFixtures {

	private EvidenceFixtures() {
	}

	/** An ISO base media file: an {@code ftyp} box, then pseudo-random bytes standing in for the media data. */
	public static byte[] aVideo(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
				'4', '1' };
		System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
		return bytes;
	}

	public static byte[] aPhoto() {
		BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(60, 70, 80));
		g.fillRect(0, 0, 640, 360);
		g.setColor(Color.LIGHT_GRAY);
		g.fillRect(200, 100, 240, 160);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] phoneRecords() {
		return "time,from,to,kind\n2026-05-01T10:00:00Z,+15550100,+15550111,text\n".getBytes(StandardCharsets.UTF_8);
	}

	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(MerkleHash.sha256().digest(bytes));
	}
}
