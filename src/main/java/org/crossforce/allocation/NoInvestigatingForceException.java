package org.crossforce.allocation;

import java.util.List;

/**
 * Every force that could be reached from the incident force area is conflicted, so the rule cannot choose one. With
 * 43 territorial forces this should never happen; if it does, the case needs a person to decide (an override by the
 * IOPC or an administrator), and what was considered says why.
 */
public class NoInvestigatingForceException extends RuntimeException {

	private final String incidentForce;

	private final List<ConsideredForce> considered;

	NoInvestigatingForceException(String incidentForce, List<ConsideredForce> considered) {
		super("No force can investigate: every force reachable from the incident force area " + incidentForce
				+ " is conflicted (" + considered.size() + " considered), so the case needs an override by the IOPC"
				+ " or an administrator");
		this.incidentForce = incidentForce;
		this.considered = List.copyOf(considered);
	}

	public String incidentForce() {
		return incidentForce;
	}

	/** Every force considered, all excluded, each with its reasons. */
	public List<ConsideredForce> considered() {
		return considered;
	}

}
