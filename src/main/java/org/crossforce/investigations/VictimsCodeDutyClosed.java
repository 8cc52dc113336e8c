package org.crossforce.investigations;

import java.time.LocalDate;

/**
 * A Victims' Code duty has been done: the victim was told, or the review acknowledged or decided.
 *
 * @param doneOn the day it was done (UK time); on time when not after {@code dueOn}
 */
public record VictimsCodeDutyClosed(String reference, long dutyId, DutyKind kind, LocalDate dueOn, LocalDate doneOn) {
}
