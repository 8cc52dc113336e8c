package org.crossforce.allocation;

/**
 * A case has been allocated, or re-allocated by an override: the investigating force and the employing force are
 * to be told (the employing force only through its restricted conduct notice).
 */
public record CaseAllocated(String reference, String investigatingForce, String employingForce, boolean overridden,
		boolean referredToIopc) {
}
