package org.crossforce.foi;

/**
 * The grounds an authority cites when it refuses (Freedom of Information Act 2000, Part II and s.12, s.14). Police
 * refusals most often cite s.12, s.14, s.30, s.31 and s.40.
 */
public enum Exemption {

	/** s.12: the cost of compliance exceeds the appropriate limit (£450 for the police: 18 hours at £25). */
	S12,
	/** s.14: vexatious or repeated request. */
	S14,
	/** s.21: reasonably accessible by other means. */
	S21,
	/** s.22: intended for future publication. */
	S22,
	/** s.23: information supplied by, or relating to, bodies dealing with security matters. */
	S23,
	/** s.24: national security. */
	S24,
	/** s.30: investigations and proceedings conducted by public authorities. */
	S30,
	/** s.31: law enforcement. */
	S31,
	/** s.38: health and safety. */
	S38,
	/** s.40: personal information. */
	S40,
	/** s.41: information provided in confidence. */
	S41,
	/** s.43: commercial interests. */
	S43,
	/** Any other ground; the note on the step says which. */
	OTHER;

	/** The {@code messages.properties} key of the exemption's name ({@code foi.exemption.*}). */
	public String messageCode() {
		return "foi.exemption." + name();
	}

}
