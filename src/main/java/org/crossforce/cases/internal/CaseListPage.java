package org.crossforce.cases.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseListing;
import org.crossforce.allocation.CaseSearch;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.Reports;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * My organisation's cases: a force's caseworkers see the cases their force investigates, an advocate the cases
 * their organisation recorded, the IOPC and administrators every allocated case. The rows hold allocation data
 * only (forces, dates, status, referral), never case content.
 */
@Controller
class CaseListPage {

	static final int PAGE_SIZE = 20;

	private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

	private final Allocations allocations;

	private final Reports reports;

	private final Forces forces;

	CaseListPage(Allocations allocations, Reports reports, Forces forces) {
		this.allocations = allocations;
		this.reports = reports;
		this.forces = forces;
	}

	@InitBinder("filter")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("status", "force", "fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear",
				"page");
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") CaseFilter filter,
			BindingResult errors, HttpServletRequest request, Model model) {
		if (errors.hasFieldErrors("page")) {
			filter.setPage(1);
		}
		LocalDate from = checkedDate(filter.hasFrom(), filter.from(), "fromDay", errors);
		LocalDate to = checkedDate(filter.hasTo(), filter.to(), "toDay", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("toDay", "staff.cases.filter.to.beforeFrom");
			to = null;
		}
		String force = filter.getForce() != null && forces.exists(filter.getForce()) ? filter.getForce() : null;
		CaseSearch search = scopeFor(user, filter.openOnly(), force,
				from == null ? null : from.atStartOfDay(UK_TIME).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(UK_TIME).toInstant());
		long total = allocations.count(search);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(filter.pageNumber(), pages);
		List<CaseListing> rows = allocations.search(search, PAGE_SIZE, (page - 1) * PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		model.addAttribute("firstShown", total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
		model.addAttribute("lastShown", (page - 1) * PAGE_SIZE + rows.size());
		model.addAttribute("pagination", Pagination.of(page, total, PAGE_SIZE, links(request, filter)));
		model.addAttribute("forceNames", forceNames());
		model.addAttribute("forceChoices",
				forces.all().stream().sorted(Comparator.comparing(Force::name)).toList());
		return "cases/list";
	}

	/** Which cases the user's organisation may list at all; the access policy still decides each case page. */
	private CaseSearch scopeFor(SignedInUser user, boolean openOnly, String force, java.time.Instant from,
			java.time.Instant before) {
		var organisation = user.organisation();
		if (organisation.isForce()
				&& (user.hasRole(Role.PROFESSIONAL_STANDARDS) || user.hasRole(Role.INVESTIGATOR))) {
			return new CaseSearch(null, organisation.forceCode(), openOnly, force, from, before);
		}
		if (user.hasRole(Role.ADVOCATE)) {
			return new CaseSearch(reports.referencesSubmittedBy(organisation.code()), null, openOnly, force, from,
					before);
		}
		if (user.hasRole(Role.IOPC) || user.hasRole(Role.ADMINISTRATOR)) {
			return new CaseSearch(null, null, openOnly, force, from, before);
		}
		throw new AccessDeniedException("No list of cases for this role");
	}

	/** Page links keep the filters as given, and nothing else from the query string. */
	private static UriComponentsBuilder links(HttpServletRequest request, CaseFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getContextPath() + "/cases");
		uri.queryParam("status", filter.getStatus());
		Map<String, String> given = new LinkedHashMap<>();
		given.put("force", filter.getForce());
		given.put("fromDay", filter.getFromDay());
		given.put("fromMonth", filter.getFromMonth());
		given.put("fromYear", filter.getFromYear());
		given.put("toDay", filter.getToDay());
		given.put("toMonth", filter.getToMonth());
		given.put("toYear", filter.getToYear());
		given.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return uri;
	}

	private static LocalDate checkedDate(boolean given, LocalDate date, String field, BindingResult errors) {
		if (given && date == null) {
			errors.rejectValue(field, "staff.cases.filter." + field.replace("Day", "") + ".invalid");
		}
		return date;
	}

	private Map<String, String> forceNames() {
		return forces.all().stream().collect(Collectors.toMap(Force::code, Force::name));
	}

}
