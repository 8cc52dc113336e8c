package org.crossforce.supercomplaints.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.crossforce.supercomplaints.internal.Removal.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Case studies go into a super-complaint that is published, so whatever could identify the victim or the accused
 * must be gone from them, and what the anonymiser cannot be sure of must be put to the author. The people, places and
 * numbers here are invented.
 */
class CaseStudyAnonymiserTest {

	private static final List<String> FORCE_NAMES = forceNames();

	private final CaseStudyAnonymiser anonymiser = new CaseStudyAnonymiser(ForcePlaceNames.from(FORCE_NAMES));

	private final KnownIdentifiers whitfield = new KnownIdentifiers(List.of("Sarah Whitfield", "Daniel Marsh"),
			List.of("Harrowgate Vale", "Pinfold"));

	private static final String FIXTURE = """
			Sarah Whitfield reported her partner, PC Daniel Marsh of Greater Manchester Police, on 14 March 2024 \
			(receipt CF-7KQ2-M9XD, crime reference 13/12345/24). Sarah's mother rang 07700 900123 and later \
			+44 (0)161 496 0000; her email was sarah.whitfield@example.co.uk and Marsh posted as @danmarsh88 on \
			https://social.example.com/danmarsh. She lived at 12 Acacia Avenue, Pinfold, M14 5RQ. On Thursday 14 \
			March he came round at 10:45pm. DC Jones and Sergeant Patel took her statement on 2024-03-20, and \
			collar number PC 4521 attended on March 21st, 2024. Her neighbour in Bexley heard it.""";

	private Anonymised anonymise(String text) {
		return anonymiser.anonymise(text, whitfield);
	}

	@Test
	void removesEveryKnownIdentifierFromTheFixture() {
		Anonymised result = anonymise(FIXTURE);

		assertThat(result.text()).doesNotContain("Sarah", "Whitfield", "Daniel", "Marsh", "Greater Manchester",
				"CF-7KQ2-M9XD", "13/12345/24", "07700", "900123", "496 0000", "sarah.whitfield@example.co.uk",
				"@danmarsh88", "social.example.com", "12 Acacia Avenue", "Acacia", "Pinfold", "M14 5RQ", "14 March",
				"Thursday", "10:45", "Jones", "Patel", "4521", "2024-03-20", "21st");
		assertThat(result.text()).contains("[name] reported her partner, PC [name] of [place] Police, in March 2024",
				"receipt [reference]", "crime reference [reference]", "[name]'s mother rang [phone number]",
				"later [phone number]", "her email was [email]", "[online account]",
				"lived at [address], [place], [postcode]", "On [date] he came round at [time]",
				"DC [name] and Sergeant [name] took her statement in March 2024", "PC [number] attended in March 2024");
	}

	@Test
	void countsRemovalsByKindWithoutKeepingWhatWasRemoved() {
		Anonymised result = anonymise(FIXTURE);

		assertThat(result.removed(Kind.REFERENCE)).isEqualTo(2);
		assertThat(result.removed(Kind.PHONE)).isEqualTo(2);
		assertThat(result.removed(Kind.EMAIL)).isEqualTo(1);
		assertThat(result.removed(Kind.ONLINE)).isEqualTo(2);
		assertThat(result.removed(Kind.POSTCODE)).isEqualTo(1);
		assertThat(result.removed(Kind.ADDRESS)).isEqualTo(1);
		assertThat(result.removed(Kind.TIME)).isEqualTo(1);
		assertThat(result.removed(Kind.DATE)).isEqualTo(4);
		assertThat(result.removed(Kind.NUMBER)).isEqualTo(1);
		assertThat(result.removed(Kind.NAME)).isGreaterThanOrEqualTo(6);
		assertThat(result.removed(Kind.PLACE)).isEqualTo(2);
		assertThat(result.removals()).extracting(Removal::kind).doesNotHaveDuplicates();
		assertThat(result.removals().toString()).doesNotContain("Sarah", "Whitfield", "Marsh", "07700", "CF-7KQ2");
	}

	@Test
	void warnsAboutAnUnknownCapitalisedName() {
		Anonymised result = anonymise(FIXTURE);

		assertThat(result.warnings()).anySatisfy(warning -> {
			assertThat(warning.text()).isEqualTo("Bexley");
			assertThat(warning.messageKey()).isEqualTo(IdentifyingWarnings.CAPITALISED);
			assertThat(result.text().substring(warning.start(), warning.end())).isEqualTo("Bexley");
		});
		assertThat(result.text()).contains("Bexley");
	}

	@Test
	void warnsAboutARunOfCapitalisedWordsOnceEvenWhenItOpensTheSentence() {
		Anonymised result = anonymise("Bexley Council moved her. She was seen at Queen Elizabeth Hospital. Leeds was far.");

		assertThat(result.warnings()).extracting(Warning::text)
			.containsExactly("Bexley Council", "Queen Elizabeth Hospital");
	}

	@Test
	void leavesOrdinaryProseAloneWithoutWarnings() {
		String prose = "The officer was not suspended. The Crown Prosecution Service decided not to charge. "
				+ "The IOPC said on Monday that the Victims' Code had not been followed in March 2024.";

		Anonymised result = anonymise(prose);

		assertThat(result.text()).isEqualTo(prose);
		assertThat(result.removals()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void anonymisingTwiceChangesNothingMore() {
		Anonymised once = anonymise(FIXTURE);
		Anonymised twice = anonymise(once.text());

		assertThat(twice.text()).isEqualTo(once.text());
		assertThat(twice.removals()).isEmpty();
		assertThat(twice.warnings()).isEqualTo(once.warnings());
		assertThat(once.warnings()).noneSatisfy(warning -> assertThat(warning.text()).contains("["));
	}

	@Test
	void writesExactDatesAsTheirMonth() {
		assertThat(anonymise("It began on 14 March 2024.").text()).isEqualTo("It began in March 2024.");
		assertThat(anonymise("On Thursday 14 March 2024 she rang.").text()).isEqualTo("In March 2024 she rang.");
		assertThat(anonymise("It began on 14/03/2024.").text()).isEqualTo("It began in March 2024.");
		assertThat(anonymise("It began on 2024-03-14.").text()).isEqualTo("It began in March 2024.");
		assertThat(anonymise("It began on March 14th, 2024.").text()).isEqualTo("It began in March 2024.");
		assertThat(anonymise("It began on the 3rd of June 2023.").text()).isEqualTo("It began on the June 2023.");
		assertThat(anonymise("It began on Thursday 14 March.").text()).isEqualTo("It began on [date].");
		assertThat(anonymise("It lasted from 14-16 March 2024.").text()).isEqualTo("It lasted from March 2024.");
		assertThat(anonymise("It began on Tuesday 5th.").text()).isEqualTo("It began on [date].");
		assertThat(anonymise("It began in March 2024 and ended in 2025.").text())
			.isEqualTo("It began in March 2024 and ended in 2025.");
	}

	@Test
	void removesTimesOfDay() {
		assertThat(anonymise("He arrived at 10:45pm, at 7 am and at 2245hrs, then left at 23:10.").text())
			.isEqualTo("He arrived at [time], at [time] and at [time], then left at [time].");
	}

	@Test
	void removesPostcodesInAnyCaseWithOrWithoutTheSpace() {
		for (String postcode : List.of("M14 5RQ", "m145rq", "SW1A 1AA", "b2 4qa", "LS6", "cf10")) {
			Anonymised result = anonymise("She moved to " + postcode + " last year.");
			assertThat(result.text()).as(postcode).isEqualTo("She moved to [postcode] last year.");
		}
	}

	@Test
	void removesPhoneNumbersWrittenAnyWay() {
		for (String phone : List.of("07700 900123", "07700-900-123", "(0161) 496 0000", "+44 7700 900123",
				"+447700900123", "020 7946 0018", "0300 123 1212")) {
			Anonymised result = anonymise("Call " + phone + " now.");
			assertThat(result.text()).as(phone).isEqualTo("Call [phone number] now.");
		}
	}

	@Test
	void removesReferencesAndLongNumbers() {
		Anonymised result = anonymise("Log 4711 of that night, incident number NW-2231-A and account 12345678 "
				+ "were all checked against CF-AB12-CD34.");

		assertThat(result.text()).isEqualTo("Log [reference] of that night, incident number [reference] and account "
				+ "[number] were all checked against [reference].");
	}

	@Test
	void removesNumberPlatesBeforeTheyCanPassForPostcodes() {
		Anonymised result = anonymise("He drove a car registered AB12 CDE, then one registered XY69ZZT.");

		assertThat(result.text()).isEqualTo("He drove a car registered [number], then one registered [number].");
		assertThat(result.removed(Kind.POSTCODE)).isZero();
	}

	@Test
	void keepsRanksAndTitlesButNotTheNames() {
		Anonymised result = anonymise("She spoke to Mr Okafor, Detective Sergeant Amir Patel, Sgt. Lowe, "
				+ "PC 1234 Jenny Hale and Chief Inspector Brennan's deputy.");

		assertThat(result.text()).isEqualTo("She spoke to Mr [name], Detective Sergeant [name], Sgt. [name], "
				+ "PC [number] [name] and Chief Inspector [name]'s deputy.");
	}

	@Test
	void removesKnownNamesWholeInAnyCaseWithPossessives() {
		Anonymised result = anonymiser.anonymise("SARAH said the Whitfields' car was Sarah’s, not Sarahjane's.",
				whitfield);

		assertThat(result.text()).isEqualTo("[name] said the [name]' car was [name]’s, not Sarahjane's.");

		KnownIdentifiers obrien = new KnownIdentifiers(List.of("Tom O'Brien-Hale"), List.of());
		assertThat(anonymiser.anonymise("O’Brien Hale’s van and Hale's dog.", obrien).text())
			.isEqualTo("[name]’s van and [name]'s dog.");
	}

	@Test
	void removesNamesThatAreEverydayWordsOnlyWhereCapitalised() {
		KnownIdentifiers known = new KnownIdentifiers(List.of("May Dunmore", "Will Rose"), List.of());

		Anonymised result = anonymiser.anonymise("Will said May will hope the rose grows. MAY DUNMORE agreed.", known);

		assertThat(result.text()).isEqualTo("[name] said [name] will hope the rose grows. [name] agreed.");
	}

	@Test
	void removesForcesAndTheirAreas() {
		Anonymised result = anonymise("Officers from Devon and Cornwall Police, the Metropolitan Police Service, "
				+ "Dyfed-Powys Police and British Transport Police, and one from the Isle of Wight, were involved.");

		assertThat(result.text()).isEqualTo("Officers from [place] Police, the [place] Police Service, "
				+ "[place] Police and [place] Police, and one from the [place], were involved.");
	}

	@Test
	void derivesAreaNamesFromForceNames() {
		List<String> places = ForcePlaceNames.from(FORCE_NAMES);

		assertThat(places).contains("Greater Manchester", "Devon", "Cornwall",
				"Hampshire and Isle of Wight", "Isle of Wight", "Hampshire", "Dyfed", "Powys", "City of London",
				"Metropolitan", "North Wales");
		assertThat(places).doesNotContain("Greater Manchester Police", "Police", "Wales", "England", "");
	}

	@Test
	void removesStreetAddressesWithAndWithoutNumbers() {
		Anonymised result = anonymise("She stayed at Flat 2, 47 Lower Mill Road and then on Rosemary Lane.");

		assertThat(result.text()).isEqualTo("She stayed at [address] and then on [address].");
	}

	@Test
	void removesOnlineAccounts() {
		Anonymised result = anonymise("He messaged from @sam_t99, www.example.org/profile/sam and facebook.com/sam.t.");

		assertThat(result.text()).isEqualTo("He messaged from [online account], [online account] and [online account].");
	}

	@Test
	void warnsAboutAgesRanksNicknamesWorkplacesAndSmallNumbers() {
		Anonymised result = anonymise("She was aged 34 and he was a 41-year-old inspector known as \"Tank\". "
				+ "He worked at the hospital in town. They have 3 children and live at house number 9.");

		assertThat(result.warnings()).extracting(Warning::messageKey)
			.containsExactly(IdentifyingWarnings.AGE, IdentifyingWarnings.AGE, IdentifyingWarnings.RANK,
					IdentifyingWarnings.NICKNAME, IdentifyingWarnings.WORKPLACE, IdentifyingWarnings.SMALL_NUMBER,
					IdentifyingWarnings.SMALL_NUMBER);
		assertThat(result.warnings()).extracting(Warning::text)
			.containsExactly("aged 34", "41-year-old", "inspector", "known as \"Tank\"",
					"worked at the hospital in town", "3 children", "house number 9");
		assertThat(anonymise("He worked at a school and then left.").warnings()).extracting(Warning::text)
			.containsExactly("worked at a school");
	}

	@Test
	void everyWarningHasAMessage() throws Exception {
		Properties messages = new Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String key : List.of(IdentifyingWarnings.CAPITALISED, IdentifyingWarnings.AGE, IdentifyingWarnings.RANK,
				IdentifyingWarnings.NICKNAME, IdentifyingWarnings.WORKPLACE, IdentifyingWarnings.SMALL_NUMBER)) {
			assertThat(messages.getProperty(key)).as(key).contains("{0}");
		}
		for (Kind kind : Kind.values()) {
			assertThat(messages.getProperty("supercomplaints.anonymise.removed." + kind)).as(kind.name()).isNotBlank();
		}
	}

	@Test
	void refusesMissingBlankAndOverlongText() {
		assertThatIllegalArgumentException().isThrownBy(() -> anonymise(null));
		assertThatIllegalArgumentException().isThrownBy(() -> anonymise("  \n "));
		assertThatIllegalArgumentException().isThrownBy(() -> anonymise("a".repeat(20_001)))
			.withMessageContaining("20,000");
		assertThat(anonymise("a ".repeat(10_000)).text()).hasSize(20_000);
	}

	@Test
	void aLongStudyStillAnonymisesAgainOnceItsPlaceholdersHaveMadeItLonger() {
		String study = "Sarah met @sam on 14/03/2024 at 10pm. ".repeat(500);
		assertThat(study.length()).isLessThan(20_000);

		Anonymised once = anonymise(study);
		Anonymised twice = anonymise(once.text());

		assertThat(once.text().length()).isGreaterThan(20_000);
		assertThat(twice.text()).isEqualTo(once.text());
		assertThat(twice.removals()).isEmpty();
	}

	/** Each of these once overflowed the stack or took seconds, as a pattern backtracked along the whole text. */
	@Test
	void longRepetitiveTextIsAnonymisedQuicklyWithoutOverflowing() {
		assertThat(anonymise("Mr A" + "a".repeat(19_990)).text()).isEqualTo("Mr [name]");
		assertThat(anonymise("Aa ".repeat(6_666)).warnings()).isNotEmpty();
		assertTimeout(Duration.ofSeconds(20), () -> {
			for (String unit : List.of("a", "1", "A1", "a.", "a-", "1-", "a/", "a@", "A ", "A.", "1:", "0 ", "Aa-")) {
				anonymise(unit.repeat(19_999 / unit.length()));
			}
		});
	}

	@Test
	void anyMixOfTheFixturesAnonymisesTheSameTwice() {
		List<String> sentences = List.of(FIXTURE, "Sarah's sister rang 01632 960123 at 7.30pm.",
				"PC 1234 visited 4 Mill Lane, LS6 2AB on Friday 3rd May 2024.", "Her son, aged 7, knew \"Dan\".",
				"The Crown Prosecution Service wrote to her on 1/2/2023 about crime number 43/99812/23.",
				"He worked at a school in Kent and posted as @marsh_d on www.example.com/marsh.",
				"Bexley Council moved her on 5 June.", "DS Patel emailed d.patel@police.example.uk twice.");
		qt().withExamples(200)
			.forAll(integers().between(0, Integer.MAX_VALUE))
			.checkAssert(seed -> {
				Random random = new Random(seed);
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < 4; i++) {
					text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
				}
				Anonymised once = anonymise(text.toString());
				Anonymised twice = anonymise(once.text());
				assertThat(twice.text()).as(text.toString()).isEqualTo(once.text());
				assertThat(twice.removals()).as(text.toString()).isEmpty();
				assertThat(twice.warnings()).as(text.toString()).isEqualTo(once.warnings());
			});
	}

	@Test
	void generatedPhoneNumbersPostcodesAndEmailsAreAlwaysRemoved() {
		String letters = "ABDEFGHJLNPQRSTUWXYZ";
		qt().withExamples(300)
			.forAll(integers().between(0, 999_999_999), integers().between(0, 99), integers().between(0, 9_999))
			.checkAssert((digits, area, user) -> {
				String mobile = String.format("07%09d", digits);
				String spaced = mobile.substring(0, 5) + " " + mobile.substring(5);
				String international = "+44 " + mobile.substring(1, 5) + "-" + mobile.substring(5);
				String postcode = "" + "BLMSN".charAt(area % 5) + (area % 9 + 1) + " " + (user % 10)
						+ letters.charAt(area % letters.length()) + letters.charAt(user % letters.length());
				String email = "person" + user + "." + area + "@mail" + (digits % 7) + ".example.org";
				String text = "Ring " + mobile + " or " + spaced + " or " + international + ", write to " + postcode
						+ " or " + email + " today.";
				Anonymised result = anonymise(text);
				assertThat(result.text()).as(text)
					.isEqualTo("Ring [phone number] or [phone number] or [phone number], write to [postcode] or "
							+ "[email] today.");
			});
	}

	private static List<String> forceNames() {
		try (var in = CaseStudyAnonymiserTest.class.getResourceAsStream("/reference/forces.csv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(",")[1]).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
