package org.leoprotocol.protocol.broadcast;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.leoprotocol.protocol.Incident;

/**
 * An incident as a People Finder Interchange Format 1.4 record (zesty.ca/pfif/1.4), the format of Google Person Finder
 * and disaster reunification services: a {@code person} with one {@code note}. The name is withheld ({@code full_name}
 * is mandatory in PFIF, so it says so), because these repositories are public; families are directed to the agency,
 * which verifies them before any release. Description and location pass the redaction gate.
 */
public final class PfifRecord {

	static final String NAMESPACE = "http://zesty.ca/pfif/1.4";
	public static final String WITHHELD = "Name withheld by the agency";
	private static final DateTimeFormatter PFIF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private PfifRecord() {
	}

	static String xml(Incident incident, String description, String domain, String agencyName,
			java.time.Instant exportedAt) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			String person = domain + "/incident." + incident.id();
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("pfif", "pfif", NAMESPACE);
			xml.writeNamespace("pfif", NAMESPACE);
			xml.writeStartElement("pfif", "person", NAMESPACE);
			element(xml, "person_record_id", person);
			element(xml, "entry_date", PFIF_TIME.format(exportedAt));
			element(xml, "author_name", agencyName);
			element(xml, "source_name", agencyName);
			element(xml, "source_date", PFIF_TIME.format(incident.reportedAt()));
			element(xml, "full_name", WITHHELD);
			if (incident.person().age() != null) {
				element(xml, "age", Integer.toString(incident.person().age()));
			}
			element(xml, "description", DescriptionBroadcast.published(description, incident.person()));
			xml.writeStartElement("pfif", "note", NAMESPACE);
			element(xml, "note_record_id", domain + "/note." + incident.id());
			element(xml, "person_record_id", person);
			element(xml, "entry_date", PFIF_TIME.format(exportedAt));
			element(xml, "author_name", agencyName);
			element(xml, "source_date", PFIF_TIME.format(exportedAt));
			element(xml, "author_made_contact", Boolean.toString(incident.kind().found()));
			element(xml, "status", incident.kind().found() ? "believed_alive" : "information_sought");
			element(xml, "last_known_location", DescriptionBroadcast.published(incident.location(), incident.person()));
			element(xml, "text", incident.kind().found()
					? "Found and in the care of " + agencyName
							+ (incident.open() ? "." : "; reunited after verification.")
					: "Reported missing to " + agencyName + "; contact the agency with any information.");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the PFIF record", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement("pfif", name, NAMESPACE);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
