package org.crossforce.allocation;

import org.crossforce.web.InvalidInput;

/** An override, conflict or referral decision that cannot be made as asked; nothing has changed. */
public class AllocationRefused extends InvalidInput {

	public AllocationRefused(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}

}
