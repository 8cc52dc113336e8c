package org.crossforce.foi.internal;

import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Administrators keep each authority's FOI email and postal address. */
@Controller
class AuthorityAdminPage {

	private final AuthorityAddresses addresses;

	private final MessageSource messages;

	AuthorityAdminPage(AuthorityAddresses addresses, MessageSource messages) {
		this.addresses = addresses;
		this.messages = messages;
	}

	public static class AddressForm {

		private String email;

		private String postalAddress;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPostalAddress() {
			return postalAddress;
		}

		public void setPostalAddress(String postalAddress) {
			this.postalAddress = postalAddress;
		}

	}

	@InitBinder("addressForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("email", "postalAddress");
	}

	@GetMapping("/admin/foi/authorities")
	String list(Model model) {
		model.addAttribute("authorities", addresses.all());
		return "foi/admin-authorities";
	}

	@GetMapping("/admin/foi/authorities/{code}")
	String edit(@PathVariable String code, Model model) {
		Authority authority = addresses.authority(code);
		AddressForm form = new AddressForm();
		form.setEmail(authority.email());
		form.setPostalAddress(authority.postalAddress());
		model.addAttribute("authority", authority);
		model.addAttribute("addressForm", form);
		return "foi/admin-authority";
	}

	@PostMapping("/admin/foi/authorities/{code}")
	String save(@AuthenticationPrincipal SignedInUser administrator, @PathVariable String code,
			@ModelAttribute("addressForm") AddressForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Authority authority = addresses.authority(code);
		try {
			addresses.update(administrator, code, form.getEmail(), form.getPostalAddress());
			redirect.addFlashAttribute("updated", authority.name());
			return "redirect:/admin/foi/authorities";
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(),
					messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			model.addAttribute("authority", authority);
			return "foi/admin-authority";
		}
	}

}
