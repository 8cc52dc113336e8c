/**
 * The arithmetic behind disclosure control, on cells numbered from zero: the suppression passes and the exact check
 * that no suppressed cell can be worked out from what is published.
 */
package org.crossforce.statistics.internal;
