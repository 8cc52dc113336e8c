package org.crossforce.tracking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.audit.AuditLog;
import org.crossforce.reports.DemoCase;
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
 * Signing in to the victim's view with the case reference and passphrase from the receipt, and the two ways out:
 * "Exit this page" and "Sign out". Every failure gets the same answer, so it never tells whether a reference exists.
 */
@Controller
@VictimView
class TrackingSignIn {

	static final String SIGN_OUT = "/track/sign-out";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Reports reports;

	private final PassphraseLockout lockout;

	private final AuditLog audit;

	private final DemoCase demoCase;

	private final TrackingProperties properties;

	TrackingSignIn(Reports reports, PassphraseLockout lockout, AuditLog audit, DemoCase demoCase,
			TrackingProperties properties) {
		this.reports = reports;
		this.lockout = lockout;
		this.audit = audit;
		this.demoCase = demoCase;
		this.properties = properties;
	}

	public static final class SignInForm {

		private String reference;

		private String passphrase;

		public String getReference() {
			return reference;
		}

		public void setReference(String reference) {
			this.reference = reference;
		}

		public String getPassphrase() {
			return passphrase;
		}

		public void setPassphrase(String passphrase) {
			this.passphrase = passphrase;
		}

	}

	@InitBinder("signIn")
	void signInFields(WebDataBinder binder) {
		binder.setAllowedFields("reference", "passphrase");
	}

	@GetMapping(TrackingConfiguration.SIGN_IN)
	String page(Model model) {
		model.addAttribute("signIn", new SignInForm());
		return show(model);
	}

	@PostMapping(TrackingConfiguration.SIGN_IN)
	String signIn(@ModelAttribute("signIn") SignInForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		if (blank(form.getReference())) {
			errors.rejectValue("reference", "track.signIn.reference.required");
		}
		if (blank(form.getPassphrase())) {
			errors.rejectValue("passphrase", "track.signIn.passphrase.required");
		}
		if (errors.hasErrors()) {
			return show(model);
		}
		String reference = Receipts.normaliseReference(form.getReference());
		String passphrase = Receipts.normalisePassphrase(form.getPassphrase());
		// What was typed is never shown again: a wrong passphrase is cleared, and nothing is kept in the form.
		form.setPassphrase(null);
		if (!Receipts.isReference(reference)) {
			// Spend a hash's time as for any other reference, then answer the same.
			reports.passphraseMatches("CF-0000-0000", passphrase);
			audit.record(VictimChanges.VICTIM, "tracking.sign-in.failed", "tracking", "not a case reference");
			return notRight(errors, model);
		}
		Optional<Instant> locked = lockout.lockedUntil(reference);
		if (locked.isPresent()) {
			audit.record(VictimChanges.VICTIM, "tracking.sign-in.refused", "case " + reference, "locked");
			return locked(errors, model, locked.get());
		}
		if (!reports.passphraseMatches(reference, passphrase)) {
			Optional<Instant> nowLocked = lockout.recordFailure(reference);
			return nowLocked.isPresent() ? locked(errors, model, nowLocked.get()) : notRight(errors, model);
		}
		lockout.clear(reference);
		VictimSession.start(request, reference, (int) properties.idleTimeout().toSeconds());
		audit.record(VictimChanges.VICTIM, "tracking.signed-in", "case " + reference, "reference and passphrase");
		return "redirect:/track/case";
	}

	/** "Exit this page": the session ends at once, then the journey's exit leaves for a neutral site. */
	@GetMapping(TrackingConfiguration.EXIT)
	String exit(HttpServletRequest request) {
		VictimSession.end(request);
		return "forward:/report/exit";
	}

	@GetMapping(SIGN_OUT)
	String signOut(HttpServletRequest request, RedirectAttributes redirect) {
		VictimSession.end(request);
		redirect.addFlashAttribute("signedOut", true);
		return "redirect:" + TrackingConfiguration.SIGN_IN;
	}

	private String notRight(BindingResult errors, Model model) {
		errors.rejectValue("reference", "track.signIn.notRight");
		return show(model);
	}

	private String locked(BindingResult errors, Model model, Instant until) {
		var local = until.atZone(UK);
		errors.rejectValue("reference", "track.signIn.locked", new Object[] { TIME.format(local), DATE.format(local) },
				null);
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("demoReceipt", demoCase.receipt().orElse(null));
		model.addAttribute("maxFailures", properties.maxFailures());
		model.addAttribute("windowMinutes", properties.failureWindow().toMinutes());
		model.addAttribute("lockMinutes", properties.lockDuration().toMinutes());
		return "tracking/sign-in";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
