package org.crossforce.reference;

import java.util.List;

/**
 * England and Wales as the 43 force areas, projected and simplified for drawing at page size. Drawn from ONS Police
 * Force Areas (December 2023), which must be credited wherever the map is shown (the page footer does).
 *
 * @param viewBox the SVG {@code viewBox} the paths are drawn in (kilometres, north up)
 */
public record ForceMap(String viewBox, List<ForceOutline> outlines) {

	public ForceMap {
		outlines = List.copyOf(outlines);
	}

}
