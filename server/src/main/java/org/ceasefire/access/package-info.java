/** Sites, agencies, users, roles, login and the access policy. */
@NullMarked
package org.ceasefire.access;

import org.jspecify.annotations.NullMarked;
