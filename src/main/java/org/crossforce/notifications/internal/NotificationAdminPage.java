package org.crossforce.notifications.internal;

import java.time.Clock;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see how the outbox stands and the messages that failed, and queue a failed one again. The page
 * shows no case content: for a victim's message only the case reference, as a summary.
 */
@Controller
class NotificationAdminPage {

	private static final int SHOWN = 200;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	NotificationAdminPage(Outbox outbox, AuditLog audit, Clock clock) {
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/notifications")
	@Transactional(readOnly = true)
	String page(Model model) {
		model.addAttribute("counts", outbox.countsByState());
		model.addAttribute("failed", outbox.failed(SHOWN));
		return "notifications/admin";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	@Transactional
	String retry(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id,
			RedirectAttributes redirect) {
		if (outbox.requeue(id, clock.instant())) {
			audit.record(administrator.getUsername(), "notification.requeued", "notification " + id, null);
			redirect.addFlashAttribute("requeued", id);
		}
		return "redirect:/admin/notifications";
	}

	@Bean
	static HttpAccessRules notificationAdminRoutes() {
		return requests -> requests.requestMatchers("/admin/notifications", "/admin/notifications/**")
			.hasRole(Role.ADMINISTRATOR.name());
	}

}
