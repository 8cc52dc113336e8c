package org.crossforce.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, add, disable and re-enable user accounts. */
@Controller
class UserAdministrationPages {

	private final AccountAdministration administration;

	UserAdministrationPages(AccountAdministration administration) {
		this.administration = administration;
	}

	public static final class NewUserForm {

		@NotBlank(message = "{identity.admin.username.required}")
		@Email(message = "{identity.admin.username.invalid}")
		@Size(max = 254, message = "{identity.admin.username.invalid}")
		private String username;

		@NotBlank(message = "{identity.admin.displayName.required}")
		@Size(max = 200, message = "{identity.admin.displayName.tooLong}")
		private String displayName;

		@NotNull(message = "{identity.admin.organisation.required}")
		private Long organisationId;

		@NotEmpty(message = "{identity.admin.roles.required}")
		private Set<Role> roles = EnumSet.noneOf(Role.class);

		@NotBlank(message = "{identity.admin.password.required}")
		@Size(min = 12, max = 200, message = "{identity.admin.password.length}")
		private String password;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Long getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(Long organisationId) {
			this.organisationId = organisationId;
		}

		public Set<Role> getRoles() {
			return roles;
		}

		public void setRoles(Set<Role> roles) {
			this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	@InitBinder("newUser")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "organisationId", "roles", "password");
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", administration.users());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("newUser", new NewUserForm());
		return form(model);
	}

	@PostMapping("/admin/users")
	String create(@AuthenticationPrincipal SignedInUser administrator, @Valid @ModelAttribute("newUser") NewUserForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			var account = new AccountAdministration.NewAccount(form.getUsername().trim(), form.getDisplayName().trim(),
					form.getPassword(), form.getOrganisationId(), form.getRoles());
			administration.problemsWith(account).forEach((field, code) -> errors.rejectValue(field, code));
			if (!errors.hasErrors()) {
				administration.create(administrator, account);
				redirect.addFlashAttribute("created", account.username());
				return "redirect:/admin/users";
			}
		}
		return form(model);
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(administration.setEnabled(administrator, id, false) ? "disabled" : "notChanged", id);
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(administration.setEnabled(administrator, id, true) ? "enabled" : "notChanged", id);
		return "redirect:/admin/users";
	}

	private String form(Model model) {
		model.addAttribute("organisations", administration.organisations());
		model.addAttribute("allRoles", Role.values());
		return "admin/user-new";
	}

}
