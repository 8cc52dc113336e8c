package org.crossforce.statistics;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page prints for a cell and for a rate worked out from it.
 */
class ProtectedPublicationDisclosureTest {

	private final ProtectedPublication shown = DisclosureControl.protect(Publication.builder()
		.count("small", 3)
		.count("large", 1234567)
		.count("zero", 0)
		.notAvailable("missing")
		.notApplicable("none")
		.count("total", 1234570)
		.line("total", "small", "large", "zero", "none")
		.build());

	@Test
	void countsArePrintedWithThousandsSeparatorsAndHiddenCellsAsTheirSymbol() {
		assertThat(this.shown.text("large")).isEqualTo("[c]");
		assertThat(this.shown.text("small")).isEqualTo("[c]");
		assertThat(this.shown.text("zero")).isEqualTo("0");
		assertThat(this.shown.text("missing")).isEqualTo("[x]");
		assertThat(this.shown.text("none")).isEqualTo("[z]");
		assertThat(this.shown.text("total")).isEqualTo("1,234,570");
		assertThat(this.shown.shownCount("total")).hasValue(1234570);
		assertThat(this.shown.shownCount("small")).isEmpty();
		assertThat(this.shown.symbol("missing")).isEqualTo(Symbol.NOT_AVAILABLE);
	}

	@Test
	void aRateIsNotShownWhenItsCountIsSuppressedForItselfOrForAnother() {
		assertThat(this.shown.disposition("small")).isEqualTo(Disposition.PRIMARY);
		assertThat(this.shown.disposition("large")).isEqualTo(Disposition.SECONDARY);
		assertThat(this.shown.rateText("small", 2000, 1000, 1)).isEqualTo("[c]");
		assertThat(this.shown.rateText("large", 2000, 1000, 1)).isEqualTo("[c]");
		assertThat(this.shown.rateText("missing", 2000, 1000, 1)).isEqualTo("[x]");
	}

	@Test
	void aShownRateIsRoundedHalfUpWithThousandsSeparators() {
		assertThat(this.shown.rateText("total", 1000, 1000, 2)).isEqualTo("1,234,570.00");
		assertThat(this.shown.rateText("total", 8000, 1000, 1)).isEqualTo("154,321.3");
		assertThat(this.shown.rateText("zero", 4800, 1000, 1)).isEqualTo("0.0");
		assertThat(this.shown.rateText("total", 0, 1000, 1)).isEqualTo("[z]");
	}

	@Test
	void everySymbolHasItsLegendInTheMessages() throws Exception {
		Properties messages = new Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		for (Symbol symbol : Symbol.values()) {
			assertThat(messages.getProperty(symbol.legendKey())).startsWith(symbol.shorthand());
		}
	}

}
