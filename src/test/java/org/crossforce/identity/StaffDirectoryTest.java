package org.crossforce.identity;

import org.crossforce.identity.StaffDirectory.StaffMember;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffDirectoryTest {

	@Autowired
	StaffDirectory directory;

	@Test
	void listsTheHoldersOfARoleEverywhereOrInOneOrganisation() {
		assertThat(directory.withRole(Role.IOPC)).extracting(StaffMember::username).contains("iopc@iopc.demo")
			.doesNotContain("admin@crossforce.demo");
		assertThat(directory.withRole("cheshire", Role.PROFESSIONAL_STANDARDS)).extracting(StaffMember::username)
			.containsExactly("psd@cheshire.demo");
		assertThat(directory.withRole("cheshire", Role.IOPC)).isEmpty();
	}

	@Test
	void findsAUserOnlyInTheOrganisationAndRoleAskedFor() {
		assertThat(directory.find("psd@cheshire.demo", "cheshire", Role.PROFESSIONAL_STANDARDS))
			.get()
			.extracting(StaffMember::organisationCode)
			.isEqualTo("cheshire");
		assertThat(directory.find("psd@cheshire.demo", "merseyside", Role.PROFESSIONAL_STANDARDS)).isEmpty();
		assertThat(directory.find("psd@cheshire.demo", "cheshire", Role.IOPC)).isEmpty();
	}

}
