/**
 * The shared web shell: page layout, security headers, error pages and problem details, the start page, and the
 * {@link org.crossforce.web.HttpAccessRules} through which every module declares who may reach its URLs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = {})
package org.crossforce.web;
