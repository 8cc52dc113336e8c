package org.crossforce.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.AccusedRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** About the person reported: their name, the force that employs them, their role, number and earlier forces. */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class AccusedQuestions {

	/** The checkbox that says no earlier force is known; GOV.UK's exclusive "none" option. */
	static final String NONE = "none";

	/** As many earlier forces as {@link org.crossforce.reports.Accused} accepts. */
	static final int MAX_PREVIOUS_FORCES = 10;

	private final Forces forces;

	AccusedQuestions(Forces forces) {
		this.forces = forces;
	}

	public static final class NameForm {

		@NotBlank(message = "{journey.accused.name.givenNames.required}")
		@Size(max = 200, message = "{journey.accused.name.givenNames.tooLong}")
		private String givenNames;

		@NotBlank(message = "{journey.accused.name.familyName.required}")
		@Size(max = 200, message = "{journey.accused.name.familyName.tooLong}")
		private String familyName;

		public String getGivenNames() {
			return givenNames;
		}

		public void setGivenNames(String givenNames) {
			this.givenNames = givenNames;
		}

		public String getFamilyName() {
			return familyName;
		}

		public void setFamilyName(String familyName) {
			this.familyName = familyName;
		}

	}

	public static final class ForceForm {

		@NotBlank(message = "{journey.accused.force.required}")
		private String force;

		public String getForce() {
			return force;
		}

		public void setForce(String force) {
			this.force = force;
		}

	}

	public static final class RoleForm {

		@NotNull(message = "{journey.accused.role.required}")
		private AccusedRole role;

		@Size(max = 100, message = "{journey.accused.role.rank.tooLong}")
		private String rank;

		public AccusedRole getRole() {
			return role;
		}

		public void setRole(AccusedRole role) {
			this.role = role;
		}

		public String getRank() {
			return rank;
		}

		public void setRank(String rank) {
			this.rank = rank;
		}

	}

	public static final class NumberForm {

		@Size(max = 50, message = "{journey.accused.number.tooLong}")
		private String identifier;

		public String getIdentifier() {
			return identifier;
		}

		public void setIdentifier(String identifier) {
			this.identifier = identifier;
		}

	}

	public static final class PreviousForcesForm {

		@NotEmpty(message = "{journey.accused.previousForces.required}")
		private List<String> forces = new ArrayList<>();

		public List<String> getForces() {
			return forces;
		}

		public void setForces(List<String> forces) {
			this.forces = forces == null ? new ArrayList<>() : forces;
		}

		/** The forces ticked, without the "none" answer. */
		public List<String> chosen() {
			return forces.stream().filter(force -> !NONE.equals(force)).distinct().toList();
		}

	}

	@InitBinder("accusedName")
	void nameFields(WebDataBinder binder) {
		binder.setAllowedFields("givenNames", "familyName");
	}

	@InitBinder("accusedForce")
	void forceFields(WebDataBinder binder) {
		binder.setAllowedFields("force");
	}

	@InitBinder("accusedRole")
	void roleFields(WebDataBinder binder) {
		binder.setAllowedFields("role", "rank");
	}

	@InitBinder("accusedNumber")
	void numberFields(WebDataBinder binder) {
		binder.setAllowedFields("identifier");
	}

	@InitBinder("previousForces")
	void previousForcesFields(WebDataBinder binder) {
		binder.setAllowedFields("forces");
	}

	@GetMapping("/accused/name")
	String name(Journey journey, Model model) {
		model.addAttribute("accusedName", journey.answers().formOr(Question.ACCUSED_NAME, NameForm.class, NameForm::new));
		return journey.show(Question.ACCUSED_NAME, model);
	}

	@PostMapping("/accused/name")
	String name(Journey journey, @Valid @ModelAttribute("accusedName") NameForm form, BindingResult errors, Model model) {
		return errors.hasErrors() ? journey.show(Question.ACCUSED_NAME, model, errors)
				: journey.answered(Question.ACCUSED_NAME, form);
	}

	@GetMapping("/accused/force")
	String force(Journey journey, Model model) {
		model.addAttribute("accusedForce", journey.answers().formOr(Question.ACCUSED_FORCE, ForceForm.class, ForceForm::new));
		return showForce(journey, model, null);
	}

	@PostMapping("/accused/force")
	String force(Journey journey, @Valid @ModelAttribute("accusedForce") ForceForm form, BindingResult errors,
			Model model) {
		if (!errors.hasFieldErrors("force") && !forces.exists(form.getForce())) {
			errors.rejectValue("force", "journey.accused.force.required");
		}
		return errors.hasErrors() ? showForce(journey, model, errors) : journey.answered(Question.ACCUSED_FORCE, form);
	}

	@GetMapping("/accused/role")
	String role(Journey journey, Model model) {
		model.addAttribute("accusedRole", journey.answers().formOr(Question.ACCUSED_ROLE, RoleForm.class, RoleForm::new));
		model.addAttribute("roles", AccusedRole.values());
		return journey.show(Question.ACCUSED_ROLE, model);
	}

	@PostMapping("/accused/role")
	String role(Journey journey, @Valid @ModelAttribute("accusedRole") RoleForm form, BindingResult errors, Model model) {
		model.addAttribute("roles", AccusedRole.values());
		return errors.hasErrors() ? journey.show(Question.ACCUSED_ROLE, model, errors)
				: journey.answered(Question.ACCUSED_ROLE, form);
	}

	@GetMapping("/accused/number")
	String number(Journey journey, Model model) {
		model.addAttribute("accusedNumber",
				journey.answers().formOr(Question.ACCUSED_NUMBER, NumberForm.class, NumberForm::new));
		return journey.show(Question.ACCUSED_NUMBER, model);
	}

	@PostMapping("/accused/number")
	String number(Journey journey, @Valid @ModelAttribute("accusedNumber") NumberForm form, BindingResult errors,
			Model model) {
		return errors.hasErrors() ? journey.show(Question.ACCUSED_NUMBER, model, errors)
				: journey.answered(Question.ACCUSED_NUMBER, form);
	}

	@GetMapping("/accused/previous-forces")
	String previousForces(Journey journey, Model model) {
		model.addAttribute("previousForces",
				journey.answers().formOr(Question.PREVIOUS_FORCES, PreviousForcesForm.class, PreviousForcesForm::new));
		return showPreviousForces(journey, model, null);
	}

	@PostMapping("/accused/previous-forces")
	String previousForces(Journey journey, @Valid @ModelAttribute("previousForces") PreviousForcesForm form,
			BindingResult errors, Model model) {
		if (!errors.hasFieldErrors("forces")) {
			List<String> chosen = form.chosen();
			if (form.getForces().contains(NONE) && !chosen.isEmpty()) {
				errors.rejectValue("forces", "journey.accused.previousForces.noneAndForces");
			}
			else if (chosen.size() > MAX_PREVIOUS_FORCES) {
				errors.rejectValue("forces", "journey.accused.previousForces.tooMany",
						new Object[] { MAX_PREVIOUS_FORCES }, null);
			}
			else if (!chosen.stream().allMatch(forces::exists)) {
				errors.rejectValue("forces", "journey.accused.previousForces.required");
			}
		}
		return errors.hasErrors() ? showPreviousForces(journey, model, errors)
				: journey.answered(Question.PREVIOUS_FORCES, form);
	}

	private String showForce(Journey journey, Model model, BindingResult errors) {
		model.addAttribute("forces", byName(forces.all()));
		return journey.show(Question.ACCUSED_FORCE, model, errors);
	}

	/** Every force but the one that employs them now. */
	private String showPreviousForces(Journey journey, Model model, BindingResult errors) {
		ForceForm employer = journey.answers().form(Question.ACCUSED_FORCE, ForceForm.class);
		model.addAttribute("forces", byName(forces.all()
			.stream()
			.filter(force -> employer == null || !force.code().equals(employer.getForce()))
			.toList()));
		return journey.show(Question.PREVIOUS_FORCES, model, errors);
	}

	static List<Force> byName(List<Force> forces) {
		return forces.stream().sorted(Comparator.comparing(Force::name)).toList();
	}

}
