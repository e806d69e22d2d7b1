/**
 * Evaluation statistics on plain data: GLMs (Poisson, quasi-Poisson, negative binomial with theta
 * by maximum likelihood, logistic), interrupted time series, difference-in-differences with
 * cluster-robust errors, synthetic control with placebo inference, propensity-score matching with
 * balance tables, Kaplan-Meier, log-rank and Cox regression. Each replicates the R function it
 * names (algorithm, starting values and convergence rule) so results match R to 1e-6 or better;
 * golden tests hold them to it.
 */
@NullMarked
package org.ceasefire.analytics.stats;

import org.jspecify.annotations.NullMarked;
