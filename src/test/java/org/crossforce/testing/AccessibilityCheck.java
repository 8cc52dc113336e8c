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
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(describe(name, results, violations));
		}
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
