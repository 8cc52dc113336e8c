/**
 * Reference data: the 46 forces, their regions, boundaries, computed neighbours and workforce.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = "web")
package org.crossforce.reference;
