package org.crossforce.cases.internal;

import java.io.Serial;
import java.io.Serializable;

import org.crossforce.cases.AlreadyDeclared;
import org.crossforce.cases.ConflictDeclaration;
import org.crossforce.cases.ConflictDeclarations;
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

/**
 * The conflict declaration form on the case page, and the page that tells someone who declared a connection that
 * they are removed from the case. The form works without JavaScript: a connection without a description is refused
 * here, and the errors go back to the case page with the answers given.
 */
@Controller
class DeclarationPages {

	private final ConflictDeclarations declarations;

	private final MessageSource messages;

	DeclarationPages(ConflictDeclarations declarations, MessageSource messages) {
		this.declarations = declarations;
		this.messages = messages;
	}

	/** Whether there is a connection, and (only then) what it is. */
	public static final class DeclarationForm implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		private Boolean connection;

		private String note;

		public Boolean getConnection() {
			return connection;
		}

		public void setConnection(Boolean connection) {
			this.connection = connection;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	@InitBinder("declarationForm")
	void declarationFields(WebDataBinder binder) {
		binder.setAllowedFields("connection", "note");
	}

	@PostMapping("/cases/{reference}/declaration")
	String declare(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@ModelAttribute("declarationForm") DeclarationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		if (form.getConnection() == null && !errors.hasFieldErrors("connection")) {
			errors.rejectValue("connection", "cases.declaration.connection.required",
					text("cases.declaration.connection.required"));
		}
		if (!errors.hasErrors()) {
			try {
				declarations.declare(user, checked, form.getConnection(), form.getNote());
				if (form.getConnection()) {
					return "redirect:/cases/" + checked + "/removed";
				}
				redirect.addFlashAttribute("declared", true);
				return "redirect:/cases/" + checked;
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(),
						messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			}
			catch (AlreadyDeclared twice) {
				// A second submission (a double click, another tab): the first declaration stands.
				return "redirect:/cases/" + checked;
			}
		}
		redirect.addFlashAttribute("declarationForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "declarationForm", errors);
		return "redirect:/cases/" + checked + "#declaration";
	}

	/** Where someone who declared a connection lands: it reads nothing of the case, so raises no alert. */
	@GetMapping("/cases/{reference}/removed")
	String removed(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference, Model model) {
		String checked = CaseApi.checked(reference);
		if (declarations.declarationOf(user, checked).filter(ConflictDeclaration::connection).isEmpty()) {
			return "redirect:/cases/" + checked;
		}
		model.addAttribute("reference", checked);
		return "cases/removed";
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
