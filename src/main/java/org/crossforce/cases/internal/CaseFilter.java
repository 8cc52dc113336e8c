package org.crossforce.cases.internal;

import org.crossforce.web.DateRangeFields;


/**
 * The filters of the list of cases, from the query string: plain filters on allocation data, never case content.
 * Dates are entered as GOV.UK date inputs, day, month and year apart.
 */
public final class CaseFilter extends DateRangeFields {

	static final String OPEN = "open";

	static final String ALL = "all";

	private String status = OPEN;

	private String force;







	private Integer page;

	boolean openOnly() {
		return !ALL.equals(status);
	}

	/** Whether any part of the "from" date was given. */
	int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = ALL.equals(status) ? ALL : OPEN;
	}

	public String getForce() {
		return force;
	}

	public void setForce(String force) {
		this.force = force == null || force.isBlank() ? null : force.trim();
	}













	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
