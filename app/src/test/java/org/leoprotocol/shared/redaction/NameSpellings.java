package org.leoprotocol.shared.redaction;

import java.util.List;
import java.util.stream.Stream;

/**
 * The adversarial spellings of the scenario children's and complainants' names that no public output may carry: Tommy
 * and Diego (the names in the tester's report), Cora Miller (scenario 000's complainant), Malakai (scenario 001's
 * child) and Sofía, the name the tests give scenario 002's daughter, whom the story leaves unnamed.
 */
public final class NameSpellings {

	public static final PersonInRecord TOMMY = PersonInRecord.of("Thomas Reyes", Party.CHILD, "Tommy");
	public static final PersonInRecord DIEGO = PersonInRecord.of("Diego", Party.CHILD);
	public static final PersonInRecord CORA = PersonInRecord.of("Cora Miller", Party.COMPLAINANT);
	public static final PersonInRecord MALAKAI = PersonInRecord.of("Malakai Tupou", Party.CHILD);
	public static final PersonInRecord SOFIA = PersonInRecord.of("Sofía Brandt", Party.CHILD);
	public static final List<PersonInRecord> PEOPLE = List.of(TOMMY, DIEGO, CORA, MALAKAI, SOFIA);

	/** Each spelling with the plain letters a test looks for in published output to prove it is not there. */
	public record Spelling(String written, String plain) {
	}

	public static List<Spelling> all() {
		return Stream.of(
				spellings("tommy", "Tommy", "TOMMY", "tommy", "T0mmy", "T.o.m.m.y", "T o m m y", "T-o-m-m-y",
						"T_o_m_m_y",
						"Tómmy", "Tommmy", "Tommyyy", "T0MMY", "T*o*m*m*y", "Tom.my", "T\u200Bommy", "Τommy", "Tοmmy",
						"Ｔｏｍｍｙ",
						"Tommy's", "Thomas", "TH0MAS", "Thom@s", "Reyes", "TommyReyes", "7ommy", "T. o. m. m. y.",
						"T\u00ADommy",
						"\u0422\u041e\u041c\u041cY", "t-0-m-m-y", "T/o/m/m/y"),
				spellings("diego", "Diego", "DIEGO", "D1eg0", "D.i.e.g.o", "D i e g o", "Díego", "Dieeego", "D|ego",
						"Di-e-go",
						"Diègo", "D!ego", "Di3go", "\uFF24\uFF49\uFF45\uFF47\uFF4F", "DiEgO"),
				spellings("cora", "Cora", "C0ra", "C0r@", "C.o.r.a", "Córa", "Coraa", "C o r a", "CoraMiller",
						"C~o~r~a", "Ç0ra"),
				spellings("miller", "Miller", "M1ller", "Mi11er", "M.i.l.l.e.r", "Míller", "MILLER", "M!ller", "Mi|ler",
						"M*i*l*l*e*r"),
				spellings("malakai", "Malakai", "M4l4k41", "M.a.l.a.k.a.i", "Malakáí", "MALAKAI", "Mal-akai", "Tupou",
						"Tup0u"),
				spellings("sofia", "Sofía", "Sofia", "S0fia", "$ofia", "S.o.f.i.a", "SOFÍA", "Brandt", "Br4ndt",
						"S-o-f-i-a", "Sofi\u0430", "Sofía_Brandt"))
			.flatMap(List::stream).toList();
	}

	private static List<Spelling> spellings(String plain, String... written) {
		return Stream.of(written).map(w -> new Spelling(w, plain)).toList();
	}

	private NameSpellings() {
	}
}
