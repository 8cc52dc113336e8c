package org.crossforce.foi.internal;

import java.time.LocalDate;

import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.web.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign text's placeholders and the choice between email and letter, without the application. */
class FoiCampaignTextTest {

	@Test
	void everyPlaceholderIsFilledInAndOtherBracesAreLeftAlone() {
		String rendered = CampaignText.render(
				"Dear {authority} ({region}), on {date} {organisation} asks {reference}; {} and { x } stay.",
				new CampaignText.Values("Kent Police", "South East", LocalDate.of(2026, 11, 24), "Support service",
						CampaignText.reference(7, 31)));
		assertThat(rendered).isEqualTo(
				"Dear Kent Police (South East), on 24 November 2026 Support service asks FOI-7-31; {} and { x } stay.");
	}

	@Test
	void aValueThatLooksLikeAReplacementIsKeptAsWritten() {
		assertThat(CampaignText.render("{authority}",
				new CampaignText.Values("$1 \\ Police", "r", LocalDate.of(2026, 1, 1), "o", "FOI-1-1")))
			.isEqualTo("$1 \\ Police");
	}

	@Test
	void anUnknownPlaceholderIsRefusedByName() {
		assertThatThrownBy(() -> CampaignText.checkPlaceholders("body", "Dear {authority}, from {forse}"))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> {
				assertThat(invalid.field()).isEqualTo("body");
				assertThat(invalid.getCodes()).containsExactly("foi.campaign.placeholder.unknown");
				assertThat(invalid.getArguments()[0]).isEqualTo("{forse}");
			});
	}

	@Test
	void aRequestGoesByEmailOnlyWhenEmailIsConfiguredAndTheAuthorityHasAnAddress() {
		assertThat(Campaigns.deliveryFor(authority("foi@kent.example.org"), true)).isEqualTo(Delivery.EMAIL);
		assertThat(Campaigns.deliveryFor(authority("foi@kent.example.org"), false)).isEqualTo(Delivery.LETTER);
		assertThat(Campaigns.deliveryFor(authority(null), true)).isEqualTo(Delivery.LETTER);
		assertThat(Campaigns.deliveryFor(authority("  "), true)).isEqualTo(Delivery.LETTER);
	}

	private static Authority authority(String email) {
		return new Authority("kent", "Kent Police", "kent", "South East", email, null);
	}

}
