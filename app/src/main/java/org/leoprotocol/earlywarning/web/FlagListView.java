package org.leoprotocol.earlywarning.web;

import java.util.List;

/** The flag list, filtered by review status ({@code ""} for every flag under review). */
public record FlagListView(String status, List<String> statuses, List<FlagRow> flags) {
}
