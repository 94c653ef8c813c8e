package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.InvalidInput;

import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class HistoryMappingV2Tests {

	public static final String ACCUSED = "UID,complaint_category,complaint_code,cr_id,cv,final_finding,final_outcome,recc_finding,recc_outcome,link_UID\n";
	public static final String COMPLAINTS = "cr_id,cv,incident_date,complaint_date,closed_date,add1,add2,beat,city,full_address,location\n";
	public static final String PROFILES = "UID,first_name,last_name,middle_initial,middle_initial2,suffix_name,birth_year,race,gender,"
			+ "appointed_date,resignation_date,current_status,current_star,current_unit,current_rank,start_date,org_hire_date,"
			+ "profile_count,cleaned_rank,link_UID\n";

	static List<CSVRecord> records(List<String> columns, String csv) throws IOException {
		try (CSVParser parser = HistoryImportRun.format(columns).parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}

	static HistoryMapping mapping(String text) throws IOException {
		return HistoryMapping.read("mine", new StringReader(text), "CITY");
	}

	@Test
	void chicagoJoinsAnAccusedRowToItsOfficerAndComplaintByKeysWrittenDifferently() throws IOException {
		HistoryMapping chicago = HistoryMappingTests.shipped("cpdp-chicago");
		List<String> unmapped = new ArrayList<>();

		HistoryRow row = chicago
			.row(records(List.of(), ACCUSED + "130469.0,EXCESSIVE FORCE:  ARRESTEE - DURING ARREST,05A,"
					+ "C170981,1,SU,NO ACTION TAKEN,,,20040.0\n")
				.get(0), (kind, code) -> unmapped.add(code));
		ImportedOfficer officer = chicago
			.officer(records(List.of(), PROFILES + "130469,ANN,ABLE,F,,,1970.0,BLACK,FEMALE,"
					+ "1995-06-03,2016-03-10,0.0,4411.0,44.0,POLICE OFFICER,,,3,,2863.0\n")
				.get(0));
		ImportedComplaint complaint = chicago
			.complaint(records(List.of(), COMPLAINTS + "C170981,1,2006-10-01,2006-10-02,2010-12-23,,,,,,\n")
				.get(0));

		assertThat(row.officerId()).isEqualTo(officer.id());
		assertThat(row.complaintId()).isEqualTo(complaint.id());
		assertThat(row.category()).isEqualTo(Category.FORCE);
		assertThat(row.categoryCode()).isEqualTo("05");
		assertThat(row.description()).isEqualTo("EXCESSIVE FORCE:  ARRESTEE - DURING ARREST");
		assertThat(row.finding()).isEqualTo(Finding.SUSTAINED);
		assertThat(officer.appointedOn()).isEqualTo(LocalDate.of(1995, 6, 3));
		assertThat(officer.separatedOn()).isEqualTo(LocalDate.of(2016, 3, 10));
		assertThat(officer)
			.extracting(ImportedOfficer::race, ImportedOfficer::gender, ImportedOfficer::badgeNumber,
					ImportedOfficer::unit)
			.containsExactly("BLACK", "FEMALE", "4411", "44");
		assertThat(complaint.receivedOn()).isEqualTo(LocalDate.of(2006, 10, 2));
		assertThat(complaint.closedOn()).isEqualTo(LocalDate.of(2010, 12, 23));
		assertThat(unmapped).isEmpty();
	}

	@Test
	void anEmptyCodeTakesItsDefaultAndAnUnknownCodeIsReportedNotGuessed() throws IOException {
		HistoryMapping chicago = HistoryMappingTests.shipped("cpdp-chicago");
		List<String> unmapped = new ArrayList<>();

		HistoryRow noCode = chicago.row(records(List.of(), ACCUSED + "1.0,,,C1,1,,,,,\n").get(0),
				(kind, code) -> unmapped.add(code));
		HistoryRow unknown = chicago.row(records(List.of(), ACCUSED + "1.0,X,99Z,C1,1,ZZ,,,,\n").get(0),
				(kind, code) -> unmapped.add(kind + " " + code));

		assertThat(noCode.categoryCode()).isEqualTo("none");
		assertThat(noCode.category()).isEqualTo(Category.OTHER);
		assertThat(noCode.finding()).isEqualTo(Finding.PENDING);
		assertThat(unmapped).containsExactly("category 99", "finding ZZ");
		assertThat(unknown.category()).isEqualTo(Category.OTHER);
		assertThat(unknown.finding()).isEqualTo(Finding.CLOSED_NO_FINDING);
		assertThat(chicago.unmapped()).isEqualTo(UnmappedCodes.REFUSE);
	}

	@Test
	void aHeaderlessFileIsReadByTheColumnsTheMappingNamesAndAYearIsTakenFromAnId() throws IOException {
		HistoryMapping mapping = mapping("""
				format=2
				agency=X
				file.allegations.columns=officer,case,category,finding
				officer.id=officer
				complaint.id=case
				complaint.received.year=case
				complaint.received.year.pattern=^IA-(\\\\d{4})-
				allegation.category=category
				allegation.finding=finding
				finding.SUSTAINED=S
				category.FORCE=F
				""");

		HistoryRow row = mapping.row(records(mapping.columns("allegations"), "E7,IA-2019-0042,F,S\n").get(0));

		assertThat(mapping.columns("allegations")).containsExactly("officer", "case", "category", "finding");
		assertThat(row.receivedOn()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(row.complaint().externalId()).isEqualTo("IA-2019-0042");
		assertThatThrownBy(() -> mapping.row(records(mapping.columns("allegations"), "E7,2019-42,F,S\n").get(0)))
			.isInstanceOfSatisfying(HistoryRow.RowRefused.class, refused -> assertThat(refused.reason()).isEqualTo(
					Sentence.of("historyimport.row.pattern", "complaint.received.year", "2019-42", "^IA-(\\d{4})-")));
	}

	@Test
	void filesAreMatchedToTheirRolesByNameInAnyOrderOrElseInTheMappingsOrder() throws IOException {
		HistoryMapping chicago = HistoryMappingTests.shipped("cpdp-chicago");

		assertThat(chicago.assign(
				List.of("/data/final-profiles.csv.gz", "complaints-complaints.csv.gz", "complaints-accused.csv.gz")))
			.isEqualTo(Map.of("officers", 0, "complaints", 1, "allegations", 2));
		assertThat(chicago.assign(List.of("a.csv", "b.csv", "c.csv")))
			.isEqualTo(Map.of("allegations", 0, "complaints", 1, "officers", 2));
		assertThatThrownBy(() -> chicago.assign(List.of("complaints-accused.csv.gz")))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageArguments()).containsExactly("cpdp-chicago", "3",
							"allegations, complaints, officers", "1"))
			.extracting(refused -> ((InvalidInput) refused).messageKey())
			.isEqualTo("historyimport.refused.files");
	}

	@Test
	void aColumnMissingFromOneFileOfTheExportIsNamedAtItsMappingLine() throws IOException {
		HistoryMapping chicago = HistoryMappingTests.shipped("cpdp-chicago");

		assertThat(chicago.missingColumns("complaints", List.of("cr_id", "complaint_date")))
			.extracting(HistoryMappingTests::english)
			.singleElement().asString()
			.contains("complaint.closed names the column 'closed_date', which the CSV header lacks");
		assertThat(chicago.missingColumns("allegations", List.of(ACCUSED.strip().split(",")))).isEmpty();
		assertThat(chicago.missingColumns("officers", List.of(PROFILES.strip().split(",")))).isEmpty();
	}

	@Test
	void aMappingSaysWhichIndicatorsItsMissingFieldsDisable() throws IOException {
		assertThat(HistoryMappingTests.shipped("cpdp-chicago").warnings()).isEmpty();
		assertThat(mapping("""
				format=2
				agency=X
				officer.id=a
				complaint.id=b
				complaint.received=c
				allegation.category=d
				allegation.finding=e
				""").warnings()).extracting(HistoryImportReport.Warning::key)
			.contains("historyimport.warning.noClosed", "historyimport.warning.noRank");
		assertThat(HistoryMappingTests.shipped("cpdp-chicago").warnings()).isEmpty();
		assertThat(mapping(new String(
				HistoryMappingV2Tests.class.getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")
					.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8)
			.replace("officer.separated=resignation_date", "")).warnings())
			.extracting(HistoryImportReport.Warning::key).containsExactly("historyimport.warning.noSeparated");
	}

	@Test
	void v2KeysAreCheckedLineByLine() {
		assertThatThrownBy(() -> mapping("""
				format=3
				agency=X
				files=allegations,roster
				file.victims.match=x*
				codes.unmapped=guess
				officer.id=a
				officer.id.pattern=([0-9]
				complaint.id=b
				complaint.received=c
				allegation.category=d
				allegation.finding=e
				file.allegations.encoding=KLINGON
				""")).isInstanceOfSatisfying(InvalidMapping.class, invalid -> assertThat(invalid.lines())
			.extracting(MappingProblem::line).containsExactly(1, 3, 4, 5, 7, 12));
	}
}
