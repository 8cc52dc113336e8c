package org.crossforce.tracking.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.crossforce.reports.Consent;
import org.crossforce.reports.Reports;
import org.crossforce.reports.VictimChanges;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your consent": what the victim agreed to, and withdrawing either agreement after reading what that changes and
 * what it does not, then confirming. Withdrawn consent stays withdrawn; it is never given back from here.
 */
@Controller
@VictimView
class ConsentPage {

	/** The choice waiting for confirmation, kept in the session so the confirmation page's address says nothing. */
	static final String PENDING = "crossforce.tracking.withdrawal";

	private final Reports reports;

	private final VictimChanges changes;

	ConsentPage(Reports reports, VictimChanges changes) {
		this.reports = reports;
		this.changes = changes;
	}

	enum Agreement {
		SHARING, ANONYMISED_USE
	}

	public static final class WithdrawalForm {

		private Set<Agreement> withdraw = EnumSet.noneOf(Agreement.class);

		public Set<Agreement> getWithdraw() {
			return withdraw;
		}

		public void setWithdraw(Set<Agreement> withdraw) {
			this.withdraw = withdraw == null ? new HashSet<>() : withdraw;
		}

	}

	@InitBinder("withdrawal")
	void withdrawalFields(WebDataBinder binder) {
		binder.setAllowedFields("withdraw");
	}

	@GetMapping("/track/consent")
	String page(VictimSession victim, Model model) {
		model.addAttribute("withdrawal", new WithdrawalForm());
		return show(victim, model);
	}

	@PostMapping("/track/consent")
	String choose(VictimSession victim, @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult errors,
			Model model, HttpSession session) {
		Set<Agreement> stillGiven = stillGiven(victim);
		Set<Agreement> chosen = EnumSet.noneOf(Agreement.class);
		chosen.addAll(form.getWithdraw());
		chosen.retainAll(stillGiven);
		if (chosen.isEmpty()) {
			errors.rejectValue("withdraw", "track.consent.error.nothing");
			return show(victim, model);
		}
		session.setAttribute(PENDING, chosen);
		return "redirect:/track/consent/confirm";
	}

	@GetMapping("/track/consent/confirm")
	String confirmation(VictimSession victim, Model model, HttpSession session) {
		Set<Agreement> pending = pending(session);
		if (pending.isEmpty()) {
			return "redirect:/track/consent";
		}
		model.addAttribute("pending", pending);
		model.addAttribute("sharing", Agreement.SHARING);
		model.addAttribute("anonymisedUse", Agreement.ANONYMISED_USE);
		model.addAttribute("current", "consent");
		return "tracking/consent-confirm";
	}

	@PostMapping("/track/consent/confirm")
	String confirm(VictimSession victim, HttpSession session, RedirectAttributes redirect) {
		Set<Agreement> pending = pending(session);
		session.removeAttribute(PENDING);
		if (pending.isEmpty()) {
			return "redirect:/track/consent";
		}
		changes.withdrawConsent(victim.reference(), pending.contains(Agreement.SHARING),
				pending.contains(Agreement.ANONYMISED_USE));
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/track/consent";
	}

	private Set<Agreement> stillGiven(VictimSession victim) {
		Consent consent = reports.summary(victim.reference()).orElseThrow().consent();
		Set<Agreement> given = EnumSet.noneOf(Agreement.class);
		if (Boolean.TRUE.equals(consent.shareWithInvestigatingForce())) {
			given.add(Agreement.SHARING);
		}
		if (Boolean.TRUE.equals(consent.anonymisedUse())) {
			given.add(Agreement.ANONYMISED_USE);
		}
		return given;
	}

	private static String status(boolean given, Instant withdrawn) {
		return given ? "GIVEN" : withdrawn != null ? "WITHDRAWN" : "NOT_GIVEN";
	}

	@SuppressWarnings("unchecked")
	private static Set<Agreement> pending(HttpSession session) {
		return session.getAttribute(PENDING) instanceof Set<?> pending ? (Set<Agreement>) pending
				: EnumSet.noneOf(Agreement.class);
	}

	private String show(VictimSession victim, Model model) {
		Set<Agreement> stillGiven = stillGiven(victim);
		VictimChanges.Withdrawals withdrawals = changes.withdrawals(victim.reference());
		Map<Agreement, String> agreements = new LinkedHashMap<>();
		agreements.put(Agreement.SHARING, status(stillGiven.contains(Agreement.SHARING), withdrawals.sharing()));
		agreements.put(Agreement.ANONYMISED_USE,
				status(stillGiven.contains(Agreement.ANONYMISED_USE), withdrawals.anonymisedUse()));
		model.addAttribute("agreements", agreements);
		model.addAttribute("stillGiven", stillGiven);
		model.addAttribute("current", "consent");
		return "tracking/consent";
	}

}
