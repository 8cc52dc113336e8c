package org.crossforce.reports.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.Contact;
import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.ReportReceipt;
import org.crossforce.reports.ReportRejected;
import org.crossforce.reports.Submitter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check your answers, send, and the confirmation. Sending hands the report to {@link ReportIntake}; the receipt's
 * passphrase goes to the confirmation page as a flash attribute, so it is shown once, never in a URL, and a reload
 * finds nothing. The answers leave the session as soon as the report is stored.
 */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class CheckAnswersPage {

	static final String RECEIPT = "receipt";

	private final ReportIntake intake;

	private final Forces forces;

	CheckAnswersPage(ReportIntake intake, Forces forces) {
		this.intake = intake;
		this.forces = forces;
	}

	@GetMapping("/" + Journey.CHECK)
	String check(Journey journey, Model model) {
		Optional<Question> unanswered = journey.firstUnanswered();
		if (unanswered.isPresent()) {
			return journey.redirectTo(unanswered.get());
		}
		ReportAnswers answers = journey.answers();
		answers.startReviewing();
		for (Question question : Question.values()) {
			if (question.appliesTo(answers, journey.mode())) {
				model.addAttribute(question.form(), answers.form(question, Object.class));
			}
		}
		model.addAttribute("forceNames", forceNames());
		model.addAttribute("evidenceFiles", answers.evidence().stream().map(EvidenceFile::filename).toList());
		var contact = answers.form(Question.CONTACT, ContactQuestions.ContactForm.class);
		model.addAttribute("policeEmail", answers.victimGivesName() && contact != null
				&& contact.getChannel() == Contact.ContactChannel.EMAIL
				&& PoliceEmail.isPolice(contact.getEmail()));
		model.addAttribute("concerns", SafetyQuestions.Concern.asked());
		return journey.page("report/check", journey.lastQuestion(), model, model.containsAttribute(Rejection.FLASH));
	}

	@PostMapping("/" + Journey.CHECK)
	String send(Journey journey, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Optional<Question> unanswered = journey.firstUnanswered();
		if (unanswered.isPresent()) {
			// A second press of "Send" after the first succeeded finds no answers: it starts again, it never resends.
			return journey.redirectTo(unanswered.get());
		}
		try {
			ReportReceipt receipt = intake.submit(journey.answers().toReport(journey.mode()), submitter(journey, user));
			journey.finish();
			redirect.addFlashAttribute(RECEIPT, receipt);
			return "redirect:" + journey.mode().path("confirmation");
		}
		catch (ReportRejected rejected) {
			Rejection rejection = Rejection.of(rejected);
			redirect.addFlashAttribute(Rejection.FLASH, rejection);
			return rejection.question() == null ? "redirect:" + journey.checkPath()
					: journey.redirectTo(rejection.question());
		}
	}

	@GetMapping("/confirmation")
	String confirmation(Journey journey, Model model) {
		if (!(model.getAttribute(RECEIPT) instanceof ReportReceipt)) {
			return "redirect:" + journey.mode().base();
		}
		return journey.page("report/confirmation", null, model, false);
	}

	private static Submitter submitter(Journey journey, SignedInUser user) {
		if (journey.mode() == JourneyMode.VICTIM) {
			return Submitter.VICTIM;
		}
		Objects.requireNonNull(user, "the advocate's journey is only open to signed-in advocates");
		return new Submitter(Submitter.Channel.ADVOCATE_WEB, user.getUsername(), user.organisation().code());
	}

	private Map<String, String> forceNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Force force : forces.all()) {
			names.put(force.code(), force.name());
		}
		return names;
	}

}
