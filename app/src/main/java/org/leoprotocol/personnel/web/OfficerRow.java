package org.leoprotocol.personnel.web;

/** One officer in a list: enough to recognise them and open their record. */
public record OfficerRow(String id, String badgeNumber, String name, String rank, String unit, String status) {
}
