package org.leoprotocol.protocol.broadcast;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.triage.PriorityAssessment;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class InterchangeFormatsTests {

	static final Instant REPORTED = Instant.parse("2026-06-13T14:00:00Z");
	static final Incident LEO = new Incident(IncidentId.random(), IncidentKind.FOUND_CHILD, IncidentStatus.OPEN, 1,
			REPORTED, null,
			"Central square <fountain> & steps", PersonFixtures.aChild(5),
			new PriorityAssessment(Priority.HIGH, List.of()), "dispatch", null, null);

	@Test
	void aBroadcastBecomesACap12AlertWithNumericOffsetsAndEscapedText() throws Exception {
		DescriptionBroadcast broadcast = new DescriptionBroadcast(java.util.UUID.randomUUID(), LEO.id(),
				Instant.parse("2026-06-13T14:15:30Z"), "miller", "FOUND CHILD, about 5, red jacket & blue sneakers");

		Document cap = parse(CapAlert.xml(broadcast, LEO, "CITY", "City Police Department"));

		assertThat(cap.getDocumentElement().getNamespaceURI()).isEqualTo(CapAlert.NAMESPACE);
		assertThat(text(cap, CapAlert.NAMESPACE, "sent")).isEqualTo("2026-06-13T14:15:30+00:00");
		assertThat(text(cap, CapAlert.NAMESPACE, "severity")).isEqualTo("Severe");
		assertThat(text(cap, CapAlert.NAMESPACE, "description"))
			.isEqualTo("FOUND CHILD, about 5, red jacket & blue sneakers");
		assertThat(text(cap, CapAlert.NAMESPACE, "areaDesc")).isEqualTo("Central square <fountain> & steps");
	}

	@Test
	void aFoundPersonBecomesAPfif14RecordWithTheNameWithheld() throws Exception {
		String xml = PfifRecord.xml(LEO, "FOUND CHILD, about 5, red jacket", "city.leo", "City Police Department",
				Instant.parse("2026-06-13T14:20:00Z"));
		Document pfif = parse(xml);

		assertThat(xml).doesNotContain("Leo Miller");
		assertThat(text(pfif, PfifRecord.NAMESPACE, "full_name")).isEqualTo(PfifRecord.WITHHELD);
		assertThat(text(pfif, PfifRecord.NAMESPACE, "person_record_id")).isEqualTo("city.leo/incident." + LEO.id());
		assertThat(text(pfif, PfifRecord.NAMESPACE, "source_date")).isEqualTo("2026-06-13T14:00:00Z");
		assertThat(text(pfif, PfifRecord.NAMESPACE, "status")).isEqualTo("believed_alive");
		assertThat(text(pfif, PfifRecord.NAMESPACE, "author_made_contact")).isEqualTo("true");
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	static String text(Document document, String namespace, String element) {
		return document.getElementsByTagNameNS(namespace, element).item(0).getTextContent();
	}
}
