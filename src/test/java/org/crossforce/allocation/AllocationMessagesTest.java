package org.crossforce.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.crossforce.allocation.ComplaintOrConduct.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every reason the rule, the referral criteria and the complaint-or-conduct classification can give has its copy in
 * the {@code # --- Allocation ---} block of {@code messages.properties}, and renders as a sentence: no "{0}" left
 * over, no apostrophe doubled or lost to MessageFormat.
 */
class AllocationMessagesTest {

	private final ResourceBundleMessageSource messages = messages();

	static ResourceBundleMessageSource messages() {
		// As Spring Boot configures it (application.properties): messages.properties, UTF-8, no system locale.
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void everyReasonCodeRendersAsASentence() {
		for (ReasonCode code : ReasonCode.values()) {
			Object[] arguments = code.argumentTypes().stream().map(AllocationMessagesTest::sample).toArray();
			String text = render(code.with(arguments));
			assertThat(text).as(code.code()).isNotBlank().doesNotContain("{", "}", "''");
			if (raw(code.code()).contains("'")) {
				assertThat(text).as(code.code()).contains("'");
			}
		}
	}

	@Test
	void everyCriterionAndKindHasAName() {
		Stream.concat(Stream.of(Criterion.values()).map(Criterion::messageCode),
				Stream.of(Kind.values()).map(Kind::messageCode))
			.forEach(code -> assertThat(messages.getMessage(code, null, null, Locale.UK)).as(code).isNotBlank());
	}

	@Test
	void theAllocationBlockHoldsEveryAllocationKey() throws IOException {
		List<String> lines;
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		int header = lines.indexOf("# --- Allocation ---");
		assertThat(header).as("the block's header").isPositive();
		List<String> block = new ArrayList<>();
		for (String line : lines.subList(header + 1, lines.size())) {
			if (line.startsWith("# ---")) {
				break;
			}
			if (!line.isBlank() && !line.startsWith("#")) {
				block.add(line.substring(0, line.indexOf('=')));
			}
		}
		assertThat(lines.subList(0, header)).noneMatch(line -> line.startsWith("allocation."));
		Set<String> used = new HashSet<>();
		Stream.of(ReasonCode.values()).map(ReasonCode::code).forEach(used::add);
		Stream.of(Criterion.values()).map(Criterion::messageCode).forEach(used::add);
		Stream.of(Kind.values()).map(Kind::messageCode).forEach(used::add);
		assertThat(block).doesNotHaveDuplicates().containsAll(used);
		assertThat(block).as("keys in the block that nothing uses")
			.allMatch(key -> used.contains(key) || key.startsWith("allocation.page."));
	}

	@Test
	void reasonsReadAsStaffWillSeeThem() {
		assertThat(render(ReasonCode.SHARES_COLLABORATION.with("Eastern Region Special Operations Unit")))
			.isEqualTo("Shares a professional standards collaboration with the accused's force: "
					+ "Eastern Region Special Operations Unit.");
		assertThat(render(ReasonCode.FARTHER_THAN_CHOSEN.with(3, 1)))
			.isEqualTo("3 force areas away from the area where the incident happened, farther than the chosen force "
					+ "(1 force area away).");
		assertThat(render(ReasonCode.FARTHER_THAN_CHOSEN.with(1, 0))).endsWith("(the incident force itself).");
		assertThat(render(ReasonCode.HIGHER_RATE.with(new BigDecimal("2.0126"), new BigDecimal("0.0000"))))
			.endsWith("per 1,000 workforce: 2.0126 against 0.00.");
		assertThat(render(ReasonCode.CHOSEN_NEAREST.with(1))).contains("its area borders the area");
		assertThat(render(ReasonCode.CHOSEN_FIRST_BY_CODE.with(4))).startsWith("Tied with 4 other forces");
		assertThat(render(ReasonCode.LATER_CODE.with("sussex", "surrey")))
			.endsWith("the chosen force's code (surrey) comes before this force's (sussex).");
		assertThat(render(ReasonCode.CHIEF_OFFICER_MET.with("ACC")))
			.isEqualTo("Met: the accused's rank, ACC, is a chief officer rank.");
		assertThat(render(ReasonCode.REFERRAL_REQUIRED.with(1))).startsWith("1 mandatory referral criterion is met.");
		assertThat(render(ReasonCode.REFERRAL_NOT_REQUIRED.with()))
			.contains("Domestic abuse is not on its own a ground for mandatory referral");
	}

	@Test
	void aReasonBuiltWithTheWrongArgumentsFailsWhereItIsBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReasonCode.FARTHER_THAN_CHOSEN.with(3));
		assertThatIllegalArgumentException().isThrownBy(() -> ReasonCode.SHARES_COLLABORATION.with(3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Reason("allocation.reason.employsAccused", List.of(Locale.UK)));
	}

	private String render(Reason reason) {
		Object[] arguments = reason.arguments().isEmpty() ? null : reason.arguments().toArray();
		return messages.getMessage(reason.code(), arguments, Locale.UK);
	}

	private String raw(String code) {
		return messages.getMessage(code, null, Locale.UK);
	}

	private static Object sample(Class<?> type) {
		if (type == Integer.class) {
			return 2;
		}
		if (type == BigDecimal.class) {
			return new BigDecimal("1.2345");
		}
		return "Sample text";
	}

}
