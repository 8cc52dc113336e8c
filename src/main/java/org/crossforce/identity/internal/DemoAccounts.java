package org.crossforce.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.crossforce.identity.DesignatedBodies;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.reference.Forces;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's organisations and users, whose names the README lists and tests rely on. Every row is marked
 * {@code demo} so production can refuse to start while any remain. Runs once: an existing administrator means the
 * demo accounts are already there.
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String ADMINISTRATOR = "admin@crossforce.demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserAccounts accounts;

	private final Forces forces;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DesignatedBodies designatedBodies;

	static final String DEMO_SUPPORT_SERVICE = "support-demo";

	static final LocalDate DEMO_DESIGNATED_ON = LocalDate.of(2018, 11, 1);

	private final String demoPassword;

	DemoAccounts(UserAccounts accounts, Forces forces, PasswordEncoder passwords, TransactionTemplate transaction,
			Clock clock, DesignatedBodies designatedBodies, @Value("${crossforce.demo.password}") String demoPassword) {
		this.accounts = accounts;
		this.forces = forces;
		this.passwords = passwords;
		this.transaction = transaction;
		this.clock = clock;
		this.designatedBodies = designatedBodies;
		this.demoPassword = demoPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(ADMINISTRATOR)) {
			designateDemoSupportService();
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		designateDemoSupportService();
		log.info("Demo accounts created; their password is CROSSFORCE_DEMO_PASSWORD (README: \"Demo accounts\")");
	}

	private void seed() {
		// One Argon2id hash shared by every demo account: they share one password, and hashing is deliberately slow.
		String hash = passwords.encode(demoPassword);
		user(ADMINISTRATOR, "Demo administrator", hash,
				organisation("crossforce", "Crossforce administration (demo)", OrganisationKind.SYSTEM, null),
				EnumSet.of(Role.ADMINISTRATOR));
		forces.all().forEach(force -> user("psd@" + force.code() + ".demo",
				"Professional standards, " + force.name() + " (demo)", hash,
				organisation(force.code(), force.name(), OrganisationKind.FORCE, force.code()),
				EnumSet.of(Role.PROFESSIONAL_STANDARDS, Role.INVESTIGATOR)));
		user("iopc@iopc.demo", "IOPC caseworker (demo)", hash,
				organisation("iopc", "Independent Office for Police Conduct", OrganisationKind.IOPC, null),
				EnumSet.of(Role.IOPC));
		user("inspector@hmicfrs.demo", "HMICFRS inspector (demo)", hash,
				organisation("hmicfrs", "HM Inspectorate of Constabulary and Fire & Rescue Services",
						OrganisationKind.HMICFRS, null),
				EnumSet.of(Role.INSPECTOR));
		user("college@college.demo", "College of Policing assessor (demo)", hash,
				organisation("college-of-policing", "College of Policing", OrganisationKind.COLLEGE_OF_POLICING, null),
				EnumSet.of(Role.COLLEGE));
		user("advocate@support.demo", "Advocate (demo)", hash,
				organisation(DEMO_SUPPORT_SERVICE, "Example domestic abuse support service (demo)",
						OrganisationKind.SUPPORT_SERVICE, null),
				EnumSet.of(Role.ADVOCATE, Role.ANALYST));
	}

	/** The demo's support service is a designated body, so the demo can draft and submit a super-complaint. */
	private void designateDemoSupportService() {
		if (designatedBodies.designatedOn(DEMO_SUPPORT_SERVICE).isEmpty()) {
			designatedBodies.designate(DEMO_SUPPORT_SERVICE, DEMO_DESIGNATED_ON);
		}
	}

	private long organisation(String code, String name, OrganisationKind kind, String forceCode) {
		return accounts.organisationByCode(code)
			.map(existing -> existing.id())
			.orElseGet(() -> accounts.createOrganisation(code, name, kind, forceCode, true));
	}

	private void user(String username, String displayName, String hash, long organisationId, Set<Role> roles) {
		accounts.create(username, displayName, hash, organisationId, roles, true, clock.instant());
	}

}
