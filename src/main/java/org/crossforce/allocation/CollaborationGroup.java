package org.crossforce.allocation;

import java.util.Set;

/**
 * Forces whose professional standards work is shared (a joint professional standards department, say). When the
 * accused's force is in a group, every other force in it is conflicted, because its people work alongside the
 * accused's force's (DESIGN.md, "The core rule", step 1). The groups are configured, not built in: they change as
 * forces join and leave collaborations. A force may be in several.
 *
 * @param name the collaboration's name as staff know it; it is shown in the reason for each conflict
 * @param forces the member forces' codes
 */
public record CollaborationGroup(String name, Set<String> forces) {

	public CollaborationGroup {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A collaboration group needs a name: it is the reason staff see");
		}
		forces = Set.copyOf(forces);
	}

	public boolean includes(String force) {
		return forces.contains(force);
	}

}
