package org.crossforce.allocation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the professional standards collaborations the allocation rule treats as conflicts: list,
 * add and delete, each change audited.
 */
@Controller
class CollaborationPages {

	private final CollaborationGroups groups;

	private final CollaborationAdministration administration;

	private final Forces forces;

	CollaborationPages(CollaborationGroups groups, CollaborationAdministration administration, Forces forces) {
		this.groups = groups;
		this.administration = administration;
		this.forces = forces;
	}

	/** A collaboration with its members' names, in order. */
	record Listing(String name, List<String> forces) {
	}

	public static final class CollaborationForm {

		@NotBlank(message = "{staff.collaborations.name.required}")
		@Size(max = 200, message = "{staff.collaborations.name.tooLong}")
		private String name;

		@Size(min = 2, message = "{staff.collaborations.forces.required}")
		private Set<String> forces = new TreeSet<>();

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Set<String> getForces() {
			return forces;
		}

		public void setForces(Set<String> forces) {
			this.forces = forces == null ? new TreeSet<>() : new TreeSet<>(forces);
		}

	}

	@InitBinder("collaboration")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "forces");
	}

	@GetMapping("/admin/collaborations")
	String list(Model model) {
		model.addAttribute("groups", groups.all()
			.stream()
			.map(group -> new Listing(group.name(), group.forces()
				.stream()
				.map(code -> forces.find(code).map(Force::name).orElse(code))
				.sorted()
				.toList()))
			.toList());
		return "allocation/collaborations";
	}

	@GetMapping("/admin/collaborations/new")
	String newGroup(Model model) {
		model.addAttribute("collaboration", new CollaborationForm());
		return form(model);
	}

	@PostMapping("/admin/collaborations")
	String create(@AuthenticationPrincipal SignedInUser administrator,
			@Valid @ModelAttribute("collaboration") CollaborationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("name") && groups.exists(form.getName().trim())) {
			errors.rejectValue("name", "staff.collaborations.name.taken");
		}
		if (!errors.hasFieldErrors("forces") && !form.getForces().stream().allMatch(forces::exists)) {
			errors.rejectValue("forces", "staff.collaborations.forces.unknown");
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		administration.create(administrator, form.getName().trim(), form.getForces());
		redirect.addFlashAttribute("created", form.getName().trim());
		return "redirect:/admin/collaborations";
	}

	@PostMapping("/admin/collaborations/delete")
	String delete(@AuthenticationPrincipal SignedInUser administrator, @RequestParam String name,
			RedirectAttributes redirect) {
		if (administration.delete(administrator, name)) {
			redirect.addFlashAttribute("deleted", name);
		}
		return "redirect:/admin/collaborations";
	}

	private String form(Model model) {
		model.addAttribute("allForces", forces.all().stream().sorted(Comparator.comparing(Force::name)).toList());
		return "allocation/collaboration-new";
	}

	@Bean
	static HttpAccessRules collaborationRoutes() {
		return requests -> requests.requestMatchers("/admin/collaborations", "/admin/collaborations/**")
			.hasRole(Role.ADMINISTRATOR.name());
	}

}
