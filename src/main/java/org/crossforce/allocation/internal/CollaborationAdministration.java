package org.crossforce.allocation.internal;

import java.util.Set;
import java.util.TreeSet;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds and removes professional standards collaborations, each change audited with it in one transaction. */
@Component
class CollaborationAdministration {

	private final CollaborationGroups groups;

	private final AuditLog audit;

	CollaborationAdministration(CollaborationGroups groups, AuditLog audit) {
		this.groups = groups;
		this.audit = audit;
	}

	@Transactional
	void create(SignedInUser administrator, String name, Set<String> forces) {
		groups.create(name, forces);
		audit.record(administrator.getUsername(), "allocation.collaboration.created", "collaboration " + name,
				"forces=" + String.join(",", new TreeSet<>(forces)));
	}

	@Transactional
	boolean delete(SignedInUser administrator, String name) {
		if (!groups.delete(name)) {
			return false;
		}
		audit.record(administrator.getUsername(), "allocation.collaboration.deleted", "collaboration " + name, "");
		return true;
	}

}
