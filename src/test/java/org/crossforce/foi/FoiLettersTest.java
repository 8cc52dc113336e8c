package org.crossforce.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossforce.foi.internal.FoiLetters;
import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiCampaigns.ADVOCATE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Printable letters: an authority without an email address gets its request as a letter, and the PDFs (a campaign's
 * letters, one request's, one message's) open, one page a letter, with the text as sent.
 */
@IntegrationTest
class FoiLettersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FoiRecords records;

	@Autowired
	FoiLetters letters;

	@Test
	void eachLetterIsAPageWithItsRecipientAndText() throws Exception {
		byte[] pdf = letters.pdf(List.of(
				new FoiLetters.Letter("Kent Police", "Sutton Road\nMaidstone", LocalDate.of(2026, 11, 24),
						"FOI request <one> & more", "Dear Kent Police,\n\nFirst paragraph.\nSame paragraph.", "Org"),
				new FoiLetters.Letter("Essex Police", null, LocalDate.of(2026, 11, 24), "Second",
						"Dear Essex Police,", "Org")));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kent Police", "Sutton Road", "Maidstone", "24 November 2026",
					"FOI request <one> & more", "First paragraph.", "Essex Police");
		}
	}

	@Test
	void anAuthorityWithoutAnEmailAddressGetsAPrintableLetter() throws Exception {
		Authority kent = records.authority("kent").orElseThrow();
		records.updateAuthorityAddress("kent", null, "Freedom of Information Unit\nSutton Road\nMaidstone",
				"test", Instant.now());
		try {
			long id = FoiCampaigns.create(mvc, users, "Letters", "FOI request {reference}",
					"Dear {authority},\n\nPlease tell me about {region}.", "CHOSEN", "kent", "essex");
			List<FoiRequest> requests = records.requestsOf(id);
			FoiRequest toKent = requests.stream().filter(r -> r.authorityCode().equals("kent")).findFirst().orElseThrow();
			FoiRequest toEssex = requests.stream().filter(r -> r.authorityCode().equals("essex")).findFirst().orElseThrow();
			assertThat(toKent.delivery()).isEqualTo(Delivery.LETTER);
			assertThat(toEssex.delivery()).isEqualTo(Delivery.EMAIL);
			mvc.perform(get("/foi/campaigns/" + id + "/letters.pdf").with(user(users.loadUserByUsername(ADVOCATE))))
				.andExpect(status().isNotFound());
			assertThat(Html.of(mvc.perform(get("/foi/campaigns/" + id + "/send")
				.with(user(users.loadUserByUsername(ADVOCATE)))).andReturn()).select("#by-letter").text())
				.isEqualTo("1");

			FoiCampaigns.send(mvc, users, id, FoiCampaigns.today());
			var letter = records.thread(toKent.id()).get(0);
			assertThat(letter.delivery()).isEqualTo(Delivery.LETTER);
			assertThat(letter.notificationId()).isNull();
			assertThat(records.steps(toKent.id()).get(0).note()).isEqualTo("Sent as a letter");
			assertThat(Html.of(mvc.perform(get("/foi/campaigns/" + id).with(user(users.loadUserByUsername(ADVOCATE))))
				.andReturn()).select("a#letters").attr("href")).isEqualTo("/foi/campaigns/" + id + "/letters.pdf");

			String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(FoiCampaigns.today());
			MvcResult campaignLetters = pdf("/foi/campaigns/" + id + "/letters.pdf");
			assertThat(campaignLetters.getResponse().getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"foi-campaign-" + id + "-letters.pdf\"");
			try (PDDocument document = Loader.loadPDF(campaignLetters.getResponse().getContentAsByteArray())) {
				assertThat(document.getNumberOfPages()).isEqualTo(1);
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Kent Police", "Freedom of Information Unit", "Maidstone", today,
						"FOI request FOI-" + id + "-" + toKent.id(), "Please tell me about South East.",
						"Example domestic abuse support service (demo)");
				assertThat(text).doesNotContain("Essex", "{authority}");
			}
			try (PDDocument document = Loader
				.loadPDF(pdf("/foi/requests/" + toEssex.id() + "/letter.pdf").getResponse().getContentAsByteArray())) {
				assertThat(new PDFTextStripper().getText(document)).contains("Dear Essex Police,");
			}
			MvcResult message = pdf("/foi/requests/" + toKent.id() + "/messages/" + letter.id() + "/letter.pdf");
			try (PDDocument document = Loader.loadPDF(message.getResponse().getContentAsByteArray())) {
				assertThat(new PDFTextStripper().getText(document)).contains("Dear Kent Police,");
			}
			mvc.perform(get("/foi/requests/" + toEssex.id() + "/messages/" + letter.id() + "/letter.pdf")
				.with(user(users.loadUserByUsername(ADVOCATE)))).andExpect(status().isNotFound());
			mvc.perform(get("/foi/requests/" + toKent.id() + "/letter.pdf")
				.with(user(users.loadUserByUsername("psd@kent.demo")))).andExpect(status().isForbidden());
		}
		finally {
			records.updateAuthorityAddress("kent", kent.email(), kent.postalAddress(), "test", Instant.now());
		}
	}

	@Test
	void aRequestNotYetSentHasNoLetter() throws Exception {
		long id = FoiCampaigns.create(mvc, users, "Unsent", "Subject", "Text", "CHOSEN", "essex");
		long request = records.requestsOf(id).get(0).id();
		mvc.perform(get("/foi/requests/" + request + "/letter.pdf").with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isNotFound());
	}

	private MvcResult pdf(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		return result;
	}

}
