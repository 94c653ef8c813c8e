package org.leoprotocol.protocol.broadcast;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.Priority;

/**
 * A description broadcast as an OASIS Common Alerting Protocol 1.2 message (ITU-T X.1303), the format IPAWS and
 * emergency alerting systems accept. CAP times carry a numeric offset, never "Z". Its free texts pass the redaction
 * gate once more on the way out, so a broadcast kept from before the gate knew a spelling still leaves without the
 * name.
 */
final class CapAlert {

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
	static final String CONTENT_TYPE = "application/cap+xml";
	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private CapAlert() {
	}

	static String xml(DescriptionBroadcast broadcast, Incident incident, String agencyCode, String agencyName) {
		String location = DescriptionBroadcast.published(incident.location(), incident.person());
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("alert");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "identifier", "urn:leo:" + agencyCode + ":broadcast:" + broadcast.id());
			element(xml, "sender", agencyCode.toLowerCase(Locale.ROOT) + "@leo");
			element(xml, "sent", CAP_TIME.format(broadcast.issuedAt()));
			element(xml, "status", "Actual");
			element(xml, "msgType", "Alert");
			element(xml, "scope", "Public");
			xml.writeStartElement("info");
			element(xml, "language", "en-US");
			element(xml, "category", "Rescue");
			element(xml, "event", incident.kind().label());
			element(xml, "urgency", "Immediate");
			element(xml, "severity", severity(incident.priority().priority()));
			element(xml, "certainty", incident.kind().found() ? "Observed" : "Likely");
			element(xml, "senderName", agencyName);
			element(xml, "headline", incident.kind().label() + " at " + location);
			element(xml, "description", DescriptionBroadcast.published(broadcast.text(), incident.person()));
			element(xml, "instruction", incident.kind().found()
					? "If you are looking for this person, contact " + agencyName + "."
					: "If you see this person, stay with them and call 911.");
			xml.writeStartElement("area");
			element(xml, "areaDesc", location);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the CAP message", ex);
		}
		return out.toString();
	}

	private static String severity(Priority priority) {
		return switch (priority) {
			case CRITICAL -> "Extreme";
			case HIGH -> "Severe";
			case STANDARD -> "Moderate";
		};
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
