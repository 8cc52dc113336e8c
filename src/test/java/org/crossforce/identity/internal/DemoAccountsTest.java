package org.crossforce.identity.internal;

import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.reference.Forces;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts the README lists, and that later tests and demonstrations rely on. */
@IntegrationTest
class DemoAccountsTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	Forces forces;

	@Test
	void everyForceHasAProfessionalStandardsUserInItsOwnOrganisation() {
		assertThat(forces.all()).hasSize(46).allSatisfy(force -> {
			var user = accounts.findByUsername("psd@" + force.code() + ".demo").orElseThrow();
			assertThat(user.organisation().kind()).isEqualTo(OrganisationKind.FORCE);
			assertThat(user.organisation().forceCode()).isEqualTo(force.code());
			assertThat(user.roles()).contains(Role.PROFESSIONAL_STANDARDS);
		});
	}

	@Test
	void theOversightBodiesAdvocateAndAdministratorExistWithTheirRoles() {
		assertThat(accounts.findByUsername("admin@crossforce.demo").orElseThrow().roles())
			.containsExactly(Role.ADMINISTRATOR);
		assertThat(accounts.findByUsername("iopc@iopc.demo").orElseThrow().roles()).containsExactly(Role.IOPC);
		assertThat(accounts.findByUsername("inspector@hmicfrs.demo").orElseThrow().roles())
			.containsExactly(Role.INSPECTOR);
		assertThat(accounts.findByUsername("college@college.demo").orElseThrow().roles()).containsExactly(Role.COLLEGE);
		assertThat(accounts.findByUsername("advocate@support.demo").orElseThrow().organisation().kind())
			.isEqualTo(OrganisationKind.SUPPORT_SERVICE);
		assertThat(accounts.anyDemoUsers()).isTrue();
	}

}
