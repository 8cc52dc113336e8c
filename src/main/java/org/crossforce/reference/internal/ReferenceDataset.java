package org.crossforce.reference.internal;

import java.util.List;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceMap;
import org.crossforce.reference.internal.SharedBoundaries.SharedBoundary;

/** Everything the loader stores, computed from the bundled files: the forces with their neighbours, and the map. */
record ReferenceDataset(List<Force> forces, List<SharedBoundary> sharedBoundaries, ForceMap map) {
}
