package org.crossforce.testing;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core run in the page, limited to the WCAG 2.0 and 2.1 level A and AA rules: the standard the accessibility
 * statement claims. A failure names each rule broken, how badly, and the selector of every element at fault, so the
 * fix can start from the test report alone.
 */
final class AccessibilityCheck {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final Page page;

	private AccessibilityCheck(Page page) {
		this.page = page;
	}

	static AccessibilityCheck of(Page page) {
		return new AccessibilityCheck(page);
	}

	void assertNoViolations(String name) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AND_AA).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + name + " (" + page.url() + "): "
					+ results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations().stream().filter(rule -> !isGovukConditionalRadios(rule)).toList();
		if (!violations.isEmpty()) {
			throw new AssertionError(describe(name, results, violations));
		}
	}

	/**
	 * The one violation tolerated, and only in exactly this form: GOV.UK Frontend marks a radio that reveals a
	 * conditional question with {@code aria-expanded}, which ARIA allows on checkboxes but not on radios. GOV.UK keeps
	 * it on purpose, because screen readers announce it and their research found it helps
	 * (https://github.com/alphagov/govuk-frontend/issues/979, the Design System's known issue). Any other attribute,
	 * element or rule still fails.
	 */
	static boolean isGovukConditionalRadios(Rule rule) {
		return "aria-allowed-attr".equals(rule.getId()) && !rule.getNodes().isEmpty()
				&& rule.getNodes().stream().allMatch(node -> isGovukConditionalRadio(node));
	}

	private static boolean isGovukConditionalRadio(CheckedNode node) {
		String html = node.getHtml();
		List<String> problems = node.getFailureSummary() == null ? List.of()
				: node.getFailureSummary().lines().map(String::strip).filter(line -> !line.startsWith("Fix ")).toList();
		return html.startsWith("<input class=\"govuk-radios__input") && html.contains(" type=\"radio\"")
				&& html.contains(" aria-controls=\"conditional-") && !problems.isEmpty()
				&& problems.stream().allMatch(line -> line.matches("ARIA attribute is not allowed: aria-expanded=\"(true|false)\""));
	}

	private String describe(String name, AxeResults results, List<Rule> violations) {
		StringBuilder report = new StringBuilder().append("axe-core ")
			.append(results.getTestEngine().getVersion())
			.append(" found ")
			.append(violations.size())
			.append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
			.append(" on ")
			.append(name)
			.append(" (")
			.append(page.url())
			.append("):");
		for (Rule rule : violations) {
			report.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" <")
				.append(rule.getHelpUrl())
				.append('>');
			for (CheckedNode node : rule.getNodes()) {
				report.append("\n    at ").append(node.getTarget()).append(": ").append(oneLine(node.getHtml()));
				if (node.getFailureSummary() != null) {
					node.getFailureSummary().lines().forEach(line -> report.append("\n      ").append(line.strip()));
				}
			}
		}
		return report.toString();
	}

	private static String oneLine(String text) {
		String flat = text.replaceAll("\\s+", " ").trim();
		return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
	}

}
