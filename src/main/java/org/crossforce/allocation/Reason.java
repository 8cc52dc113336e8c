package org.crossforce.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Why a rule decided as it did, in a form that is both stored and shown: a {@code messages.properties} code and the
 * arguments of its message. Staff read "why this force" and "why not that one" from these, so a decision can be
 * checked, and rendered again in another language, long after it was made.
 *
 * @param code the message code, such as {@code allocation.reason.employsAccused}
 * @param arguments the message's arguments in order: strings, whole numbers, or decimals (rates), never null
 */
public record Reason(String code, List<Object> arguments) {

	public Reason {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
		for (Object argument : arguments) {
			// Only what stores and renders the same everywhere; a force or a date is passed as its code or text.
			if (!(argument instanceof String || argument instanceof Integer || argument instanceof BigDecimal)) {
				throw new IllegalArgumentException("A reason's arguments are strings, integers or decimals, not "
						+ argument.getClass().getName() + " (" + code + ")");
			}
		}
	}

}
