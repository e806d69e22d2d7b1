/**
 * Evaluation statistics on plain data: count GLMs (Poisson, quasi-Poisson, negative binomial with
 * theta by maximum likelihood), interrupted time series, difference-in-differences with
 * cluster-robust errors, Kaplan-Meier, log-rank and Cox regression. Each replicates the R function
 * it names (algorithm, starting values and convergence rule) so results match R to 1e-6; golden
 * tests hold them to it.
 */
@NullMarked
package org.ceasefire.analytics.stats;

import org.jspecify.annotations.NullMarked;
