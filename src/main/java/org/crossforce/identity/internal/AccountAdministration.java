package org.crossforce.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.identity.AccountChanged;
import org.crossforce.identity.Organisation;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' changes to user accounts. Each change publishes {@link AccountChanged} inside its transaction, so
 * the audit entry is written with it or not at all.
 */
@Service
class AccountAdministration {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountAdministration(UserAccounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	List<SignedInUser> users() {
		return accounts.all();
	}

	List<Organisation> organisations() {
		return accounts.organisations();
	}

	/** Why a new account cannot be created as asked, as message keys by field; empty when it can. */
	java.util.Map<String, String> problemsWith(NewAccount account) {
		var problems = new java.util.LinkedHashMap<String, String>();
		if (accounts.exists(account.username())) {
			problems.put("username", "identity.admin.username.taken");
		}
		accounts.organisation(account.organisationId()).ifPresentOrElse(organisation -> {
			if (account.roles().stream().anyMatch(role -> !role.allowedIn(organisation.kind()))) {
				problems.put("roles", "identity.admin.roles.notAllowed");
			}
		}, () -> problems.put("organisationId", "identity.admin.organisation.unknown"));
		return problems;
	}

	@Transactional
	long create(SignedInUser administrator, NewAccount account) {
		long id = accounts.create(account.username(), account.displayName(), passwords.encode(account.password()),
				account.organisationId(), account.roles(), false, clock.instant());
		Organisation organisation = accounts.organisation(account.organisationId()).orElseThrow();
		events.publishEvent(new AccountChanged(administrator.getUsername(), "user.created",
				UserAccounts.normalise(account.username()),
				"organisation=" + organisation.code() + ", roles=" + names(account.roles())));
		return id;
	}

	@Transactional
	boolean setEnabled(SignedInUser administrator, long userId, boolean enabled) {
		var user = accounts.findById(userId);
		if (user.isEmpty() || user.get().id() == administrator.id()) {
			// Administrators cannot lock themselves out.
			return false;
		}
		accounts.setEnabled(userId, enabled);
		events.publishEvent(new AccountChanged(administrator.getUsername(), enabled ? "user.enabled" : "user.disabled",
				user.get().getUsername(), ""));
		return true;
	}

	private static String names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(" "));
	}

	record NewAccount(String username, String displayName, String password, long organisationId, Set<Role> roles) {
	}

}
