package org.crossforce.reports;

import org.crossforce.web.InvalidInput;

/** A report that cannot be accepted as it stands. Nothing of it has been stored. */
public class ReportRejected extends InvalidInput {

	public ReportRejected(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}

}
