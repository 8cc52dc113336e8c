package org.crossforce.reference;

/**
 * A force area ready to draw: an SVG path in the coordinates of {@link ForceMap#viewBox()}.
 *
 * @param svgPath the value of a {@code <path d="...">}; islands are separate sub-paths and holes (the City of London
 * inside the Metropolitan Police area) need {@code fill-rule: evenodd}
 */
public record ForceOutline(String code, String name, String svgPath) {
}
