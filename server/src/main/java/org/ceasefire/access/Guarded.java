package org.ceasefire.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the compartment an endpoint or page reads or writes. Every handler method in Ceasefire
 * carries one; a handler without it is refused (deny by default) and fails the access matrix test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {
  Compartment value();

  Action action() default Action.READ;
}
