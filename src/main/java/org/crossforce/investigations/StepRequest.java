package org.crossforce.investigations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A step to record, as the API and the pages send it.
 *
 * @param step what happened
 * @param occurredOn the day it happened
 * @param reason why, where the step needs one (no further action, incident only, classification, assessments,
 * outcomes, an acquittal)
 * @param offenceGroup for a recorded crime, its Home Office offence group
 */
public record StepRequest(@NotNull Step step, @NotNull @PastOrPresent LocalDate occurredOn,
		@Size(max = 2000) String reason, @Size(max = 100) String offenceGroup) {
}
