package org.crossforce.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.allocation.CaseListing;
import org.crossforce.allocation.CaseSearch;
import org.crossforce.audit.AuditLog;
import org.crossforce.cases.ConflictDeclaration;
import org.crossforce.cases.ConflictDeclarations;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.identity.StaffDirectory;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cases waiting for conflict declarations: open cases where nobody in the investigating force has yet declared
 * that they have no connection with the accused or the victim, or where a caseworker of that force opened the case
 * without declaring. A force's professional standards users see their own force's cases; the IOPC every force's.
 * The rows hold references, dates and usernames only, never anything about the victim or the accused.
 */
@Controller
class UndeclaredCasesPage {

	static final int PAGE_SIZE = 20;

	/** The most open cases checked on one request, most recently submitted first: far above any force's caseload. */
	static final int CASES_CHECKED = 2000;

	private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

	private static final Set<Role> CASEWORK = Set.of(Role.PROFESSIONAL_STANDARDS, Role.INVESTIGATOR);

	private final Allocations allocations;

	private final ConflictDeclarations declarations;

	private final AuditLog audit;

	private final StaffDirectory staff;

	private final Forces forces;

	private final Clock clock;

	UndeclaredCasesPage(Allocations allocations, ConflictDeclarations declarations, AuditLog audit,
			StaffDirectory staff, Forces forces, Clock clock) {
		this.allocations = allocations;
		this.declarations = declarations;
		this.audit = audit;
		this.staff = staff;
		this.forces = forces;
		this.clock = clock;
	}

	/**
	 * One waiting case.
	 * @param noneDeclared nobody in the investigating force has declared no connection yet
	 * @param openedWithoutDeclaring the force's caseworkers who read the case and have not declared
	 */
	record WaitingCase(String reference, String investigatingForce, Instant allocatedAt, long daysWaiting,
			boolean noneDeclared, List<String> openedWithoutDeclaring) {
	}

	@GetMapping("/cases/undeclared")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "page", required = false) String page,
			HttpServletRequest request, Model model) {
		boolean allForces = user.organisation().kind() == OrganisationKind.IOPC && user.hasRole(Role.IOPC);
		String force = allForces ? null : ownForce(user);
		List<CaseListing> open = allocations.search(new CaseSearch(null, force, true, null, null, null),
				CASES_CHECKED, 0);
		List<ConflictDeclaration> declared = declarations
			.forCases(open.stream().map(CaseListing::reference).toList());
		Map<String, Boolean> noneDeclared = noneDeclared(open, declared);
		Map<String, Set<String>> unDeclaredReaders = openedWithoutDeclaring(open, declared, force);
		// Oldest first, so the longest wait heads the list.
		List<CaseListing> waiting = open.stream()
			.filter(listing -> noneDeclared.get(listing.reference())
					|| unDeclaredReaders.containsKey(listing.reference()))
			.sorted(Comparator.comparing(CaseListing::submittedAt).thenComparing(CaseListing::reference))
			.toList();
		int pages = Math.max(1, (waiting.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(pageNumber(page), pages);
		LocalDate today = LocalDate.now(clock.withZone(UK_TIME));
		List<WaitingCase> rows = new ArrayList<>();
		for (CaseListing listing : waiting.subList((current - 1) * PAGE_SIZE,
				Math.min(waiting.size(), current * PAGE_SIZE))) {
			Instant allocatedAt = allocations.of(listing.reference())
				.map(CaseAllocation::decidedAt)
				.orElse(listing.submittedAt());
			rows.add(new WaitingCase(listing.reference(), listing.investigatingForce(), allocatedAt,
					ChronoUnit.DAYS.between(allocatedAt.atZone(UK_TIME).toLocalDate(), today),
					noneDeclared.get(listing.reference()),
					List.copyOf(unDeclaredReaders.getOrDefault(listing.reference(), Set.of()))));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("total", waiting.size());
		model.addAttribute("firstShown", waiting.isEmpty() ? 0 : (current - 1) * PAGE_SIZE + 1);
		model.addAttribute("lastShown", (current - 1) * PAGE_SIZE + rows.size());
		model.addAttribute("capped", open.size() >= CASES_CHECKED);
		model.addAttribute("casesChecked", CASES_CHECKED);
		model.addAttribute("allForces", allForces);
		model.addAttribute("pagination", Pagination.of(current, waiting.size(), PAGE_SIZE,
				UriComponentsBuilder.fromPath(request.getContextPath() + "/cases/undeclared")));
		model.addAttribute("forceNames", forces.all().stream().collect(Collectors.toMap(Force::code, Force::name)));
		return "cases/undeclared";
	}

	private static String ownForce(SignedInUser user) {
		if (!user.organisation().isForce() || !user.hasRole(Role.PROFESSIONAL_STANDARDS)) {
			throw new AccessDeniedException("Only a force's professional standards users and the IOPC see this list");
		}
		return user.organisation().forceCode();
	}

	/** For each case, whether nobody in its investigating force has declared no connection. */
	private static Map<String, Boolean> noneDeclared(List<CaseListing> cases, List<ConflictDeclaration> declared) {
		Map<String, String> investigating = investigatingForces(cases);
		Map<String, Boolean> none = new HashMap<>();
		investigating.keySet().forEach(reference -> none.put(reference, true));
		for (ConflictDeclaration declaration : declared) {
			if (!declaration.connection()
					&& declaration.organisation().equals(investigating.get(declaration.reference()))) {
				none.put(declaration.reference(), false);
			}
		}
		return none;
	}

	/**
	 * For each case, the investigating force's caseworkers who read it (an audited {@code case.read}) and have made
	 * no declaration for it.
	 */
	private Map<String, Set<String>> openedWithoutDeclaring(List<CaseListing> cases,
			List<ConflictDeclaration> declarationsMade, String force) {
		if (cases.isEmpty()) {
			return Map.of();
		}
		Map<String, String> investigating = investigatingForces(cases);
		Map<String, Set<String>> declared = new HashMap<>();
		for (ConflictDeclaration declaration : declarationsMade) {
			declared.computeIfAbsent(declaration.reference(), reference -> new HashSet<>())
				.add(declaration.username());
		}
		Map<String, String> forceOf = caseworkers(force);
		Map<String, Set<String>> readers = new HashMap<>();
		audit.actorsAbout(investigating.keySet().stream().map(reference -> "case " + reference).toList(), "case.read")
			.forEach((subject, actors) -> {
				String reference = subject.substring("case ".length());
				Set<String> undeclared = actors.stream()
					.filter(actor -> investigating.get(reference).equals(forceOf.get(actor)))
					.filter(actor -> !declared.getOrDefault(reference, Set.of()).contains(actor))
					.collect(Collectors.toCollection(TreeSet::new));
				if (!undeclared.isEmpty()) {
					readers.put(reference, undeclared);
				}
			});
		return readers;
	}

	/** Caseworkers' forces by username: of one force, or of every force when {@code force} is null. */
	private Map<String, String> caseworkers(String force) {
		Map<String, String> forceOf = new HashMap<>();
		for (Role role : CASEWORK) {
			var members = force == null ? staff.withRole(role) : staff.withRole(force, role);
			members.forEach(member -> forceOf.put(member.username(), member.organisationCode()));
		}
		return forceOf;
	}

	private static Map<String, String> investigatingForces(List<CaseListing> cases) {
		Map<String, String> investigating = new HashMap<>();
		cases.forEach(listing -> investigating.put(listing.reference(), listing.investigatingForce()));
		return investigating;
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

}
