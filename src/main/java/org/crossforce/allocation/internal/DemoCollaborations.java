package org.crossforce.allocation.internal;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's professional standards collaboration, so the rule's exclusion of collaborating forces can be seen.
 * It is illustrative: real collaborations are entered by an administrator.
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(15)
class DemoCollaborations implements ApplicationRunner {

	static final String NAME = "Example joint professional standards department (demo)";

	private final CollaborationGroups groups;

	DemoCollaborations(CollaborationGroups groups) {
		this.groups = groups;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!groups.exists(NAME)) {
			groups.create(NAME, Set.of("bedfordshire", "cambridgeshire", "hertfordshire"));
		}
	}

}
