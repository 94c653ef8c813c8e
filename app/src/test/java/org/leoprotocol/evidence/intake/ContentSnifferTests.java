package org.leoprotocol.evidence.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.leoprotocol.evidence.EvidenceFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTests {

	@Test
	void namesTypesByTheirMagicBytes() {
		assertThat(ContentSniffer.mediaType(EvidenceFixtures.aVideo(64, 1))).contains("video/mp4");
		assertThat(ContentSniffer.mediaType(EvidenceFixtures.aPhoto())).contains("image/png");
		assertThat(ContentSniffer.mediaType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains("image/jpeg");
		assertThat(ContentSniffer.mediaType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
			.contains("application/pdf");
		assertThat(ContentSniffer.mediaType(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1 }))
			.contains("video/webm");
		assertThat(ContentSniffer.mediaType(EvidenceFixtures.phoneRecords())).contains("text/csv");
		assertThat(ContentSniffer.mediaType("Statement of the witness\nÉléonore".getBytes(StandardCharsets.UTF_8)))
			.contains("text/plain");
	}

	@Test
	void anIsoMediaFileIsQuickTimeOnlyUnderTheQuickTimeBrand() {
		byte[] quickTime = { 0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ', 0, 0, 2, 0, 'q', 't', ' ', ' ' };
		byte[] mp42 = { 0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2' };
		assertThat(ContentSniffer.mediaType(quickTime)).contains("video/quicktime");
		assertThat(ContentSniffer.mediaType(mp42)).contains("video/mp4");
	}

	@Test
	void aTypeLeoDoesNotNameIsRefusedEvenWhenTikaNamesIt() {
		byte[] webp = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };
		assertThat(ContentSniffer.mediaType(webp)).isEmpty();
	}

	@Test
	void refusesWhatItCannotName() {
		assertThat(ContentSniffer.mediaType(new byte[0])).isEmpty();
		assertThat(ContentSniffer.mediaType(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 })).isEmpty();
		assertThat(ContentSniffer.mediaType(new byte[] { 'a', (byte) 0xC3, 0x28 })).isEmpty();
		assertThat(ContentSniffer.mediaType("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1)))
			.isEmpty();
	}

	@Test
	void aMultiByteCharacterCutAtTheEndOfTheSampleIsStillText() {
		byte[] text = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
		byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
		assertThat(ContentSniffer.mediaType(cut)).contains("text/plain");
	}
}
