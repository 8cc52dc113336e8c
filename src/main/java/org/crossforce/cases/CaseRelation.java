package org.crossforce.cases;

/** How a user's organisation stands to a case; the first that applies, in this order, is the one that counts. */
public enum CaseRelation {

	/** A force the case is allocated to. */
	INVESTIGATING_FORCE,
	/** The force that employs the accused: it gets the conduct notice, nothing more. */
	EMPLOYING_FORCE,
	/** Any other force with a conflict of interest in this case. */
	CONFLICTED_FORCE,
	/** The support service or body whose advocate recorded the report with the victim's consent. */
	REFERRING_ORGANISATION,
	/** The IOPC, for a case referred to it. */
	IOPC_REFERRED,
	/** The IOPC, overseeing a case not referred to it. */
	IOPC_OVERSIGHT,
	/** The service's administrators, who never see case content. */
	ADMINISTRATION,
	/** Everyone else. */
	UNRELATED

}
