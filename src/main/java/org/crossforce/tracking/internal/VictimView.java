package org.crossforce.tracking.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the controllers of the victim's own view, for {@link VictimViewModel}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface VictimView {
}
