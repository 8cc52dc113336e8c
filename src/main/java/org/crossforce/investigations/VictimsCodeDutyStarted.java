package org.crossforce.investigations;

import java.time.LocalDate;

/** A step has started a Victims' Code duty, to be done by {@code dueOn}; {@code dutyId} tells duties apart. */
public record VictimsCodeDutyStarted(String reference, long dutyId, DutyKind kind, LocalDate dueOn) {
}
