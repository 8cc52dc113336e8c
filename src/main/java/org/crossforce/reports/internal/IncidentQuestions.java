package org.crossforce.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.web.DateRangeFields;
import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.Relationship;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** What happened: the relationship, the kinds of abuse, when, where, and the account in the reporter's words. */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class IncidentQuestions {

	/** Dates are checked against today as it is in England and Wales. */
	static final ZoneId UK = ZoneId.of("Europe/London");

	private final Forces forces;

	private final Clock clock;

	IncidentQuestions(Forces forces, Clock clock) {
		this.forces = forces;
		this.clock = clock;
	}

	public static final class RelationshipForm {

		@NotNull(message = "{journey.relationship.required}")
		private Relationship relationship;

		public Relationship getRelationship() {
			return relationship;
		}

		public void setRelationship(Relationship relationship) {
			this.relationship = relationship;
		}

	}

	public static final class AbuseKindsForm {

		@NotEmpty(message = "{journey.abuseKinds.required}")
		private Set<AbuseKind> kinds = EnumSet.noneOf(AbuseKind.class);

		public Set<AbuseKind> getKinds() {
			return kinds;
		}

		public void setKinds(Set<AbuseKind> kinds) {
			this.kinds = kinds == null ? new HashSet<>() : kinds;
		}

	}

	/** When it happened or began, and when it stopped if it went on over time: two GOV.UK date inputs. */
	public static final class WhenForm extends DateRangeFields {
	}

	public static final class WhereForm {

		@NotBlank(message = "{journey.where.required}")
		private String force;

		public String getForce() {
			return force;
		}

		public void setForce(String force) {
			this.force = force;
		}

	}

	public static final class AccountForm {

		@NotBlank(message = "{journey.account.required}")
		@Size(max = NewReport.MAX_NARRATIVE, message = "{journey.account.tooLong}")
		private String narrative;

		public String getNarrative() {
			return narrative;
		}

		public void setNarrative(String narrative) {
			this.narrative = narrative;
		}

	}

	@InitBinder("relationship")
	void relationshipFields(WebDataBinder binder) {
		binder.setAllowedFields("relationship");
	}

	@InitBinder("abuseKinds")
	void abuseKindsFields(WebDataBinder binder) {
		binder.setAllowedFields("kinds");
	}

	@InitBinder("when")
	void whenFields(WebDataBinder binder) {
		binder.setAllowedFields("fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear");
	}

	@InitBinder("where")
	void whereFields(WebDataBinder binder) {
		binder.setAllowedFields("force");
	}

	@InitBinder("account")
	void accountFields(WebDataBinder binder) {
		binder.setAllowedFields("narrative");
	}

	@GetMapping("/relationship")
	String relationship(Journey journey, Model model) {
		model.addAttribute("relationship",
				journey.answers().formOr(Question.RELATIONSHIP, RelationshipForm.class, RelationshipForm::new));
		return showRelationship(journey, model, null);
	}

	@PostMapping("/relationship")
	String relationship(Journey journey, @Valid @ModelAttribute("relationship") RelationshipForm form,
			BindingResult errors, Model model) {
		return errors.hasErrors() ? showRelationship(journey, model, errors)
				: journey.answered(Question.RELATIONSHIP, form);
	}

	@GetMapping("/what-happened")
	String abuseKinds(Journey journey, Model model) {
		model.addAttribute("abuseKinds",
				journey.answers().formOr(Question.ABUSE_KINDS, AbuseKindsForm.class, AbuseKindsForm::new));
		return showAbuseKinds(journey, model, null);
	}

	@PostMapping("/what-happened")
	String abuseKinds(Journey journey, @Valid @ModelAttribute("abuseKinds") AbuseKindsForm form, BindingResult errors,
			Model model) {
		return errors.hasErrors() ? showAbuseKinds(journey, model, errors) : journey.answered(Question.ABUSE_KINDS, form);
	}

	@GetMapping("/when")
	String when(Journey journey, Model model) {
		model.addAttribute("when", journey.answers().formOr(Question.WHEN, WhenForm.class, WhenForm::new));
		model.addAttribute("dateErrors", Set.of());
		return journey.show(Question.WHEN, model);
	}

	@PostMapping("/when")
	String when(Journey journey, @Valid @ModelAttribute("when") WhenForm form, BindingResult errors, Model model) {
		Set<String> dateErrors = new HashSet<>();
		if (!errors.hasErrors()) {
			LocalDate today = LocalDate.now(clock.withZone(UK));
			dateErrors.addAll(DateInput.check(errors, "from", "journey.when.from", form.getFromDay(),
					form.getFromMonth(), form.getFromYear(), true, today));
			dateErrors.addAll(DateInput.check(errors, "to", "journey.when.to", form.getToDay(), form.getToMonth(),
					form.getToYear(), false, today));
			if (dateErrors.isEmpty() && form.to() != null && form.to().isBefore(form.from())) {
				errors.rejectValue("toDay", "journey.when.to.beforeStart");
				dateErrors.addAll(Set.of("toDay", "toMonth", "toYear"));
			}
		}
		model.addAttribute("dateErrors", dateErrors);
		return errors.hasErrors() ? journey.show(Question.WHEN, model, errors) : journey.answered(Question.WHEN, form);
	}

	@GetMapping("/where")
	String where(Journey journey, Model model) {
		model.addAttribute("where", journey.answers().formOr(Question.WHERE, WhereForm.class, WhereForm::new));
		return showWhere(journey, model, null);
	}

	@PostMapping("/where")
	String where(Journey journey, @Valid @ModelAttribute("where") WhereForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors() && !forces.find(form.getForce()).map(Force::isTerritorial).orElse(false)) {
			errors.rejectValue("force", "journey.where.required");
		}
		return errors.hasErrors() ? showWhere(journey, model, errors) : journey.answered(Question.WHERE, form);
	}

	@GetMapping("/account")
	String account(Journey journey, Model model) {
		model.addAttribute("account", journey.answers().formOr(Question.ACCOUNT, AccountForm.class, AccountForm::new));
		model.addAttribute("maxLength", NewReport.MAX_NARRATIVE);
		return journey.show(Question.ACCOUNT, model);
	}

	@PostMapping("/account")
	String account(Journey journey, @Valid @ModelAttribute("account") AccountForm form, BindingResult errors,
			Model model) {
		model.addAttribute("maxLength", NewReport.MAX_NARRATIVE);
		return errors.hasErrors() ? journey.show(Question.ACCOUNT, model, errors) : journey.answered(Question.ACCOUNT, form);
	}

	private String showRelationship(Journey journey, Model model, BindingResult errors) {
		model.addAttribute("relationships", Relationship.values());
		return journey.show(Question.RELATIONSHIP, model, errors);
	}

	private String showAbuseKinds(Journey journey, Model model, BindingResult errors) {
		model.addAttribute("kinds", AbuseKind.values());
		return journey.show(Question.ABUSE_KINDS, model, errors);
	}

	/** Only territorial forces have an area: British Transport Police, MOD Police and CNC cannot be chosen. */
	private String showWhere(Journey journey, Model model, BindingResult errors) {
		model.addAttribute("areas",
				AccusedQuestions.byName(forces.all().stream().filter(Force::isTerritorial).toList()));
		return journey.show(Question.WHERE, model, errors);
	}

}
