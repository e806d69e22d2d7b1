#!/usr/bin/env Rscript
# Golden files for the synthetic control and propensity-score matching tests.
#
# Synthetic control: plm's Cigar panel (cigarette sales in packs per capita, 46 US states,
# 1963-1992), California as the target with 1989 (Proposition 99) as the first program year.
# Weights minimise the pre-period squared distance to California over the simplex, solved by an
# independent optimiser, quadprog::solve.QP (Dmat = X0'X0, dvec = X0'x1, sum-to-one equality,
# non-negativity), then polished on the support and checked against the KKT conditions.
# Two donor pools: every other state, and the pool of Abadie, Diamond & Hainmueller (2010)
# (states with their own tobacco programmes or large tax increases left out).
#
# Matching: MatchIt's lalonde data, matchit(treat ~ age + educ + race + married + nodegree +
# re74 + re75, method = "nearest", distance = "glm"), 1:1, with a caliper and with ratio = 2.
#
# Run from the analytics module: Rscript src/test/r/synth_matching_golden.R
invisible(Sys.setlocale("LC_COLLATE", "C"))
suppressPackageStartupMessages({ library(plm); library(quadprog); library(MatchIt) })
out <- file.path("src", "test", "resources", "golden", "stats")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")

## ---- Synthetic control ------------------------------------------------------------------------

data(Cigar)
# Cigar's state codes number the 50 states and DC alphabetically (Alaska = 2, California = 5,
# DC = 9); five are absent (AK, CO, HI, NC, OR). Checked against the 1963 populations.
abb <- append(state.abb, "DC", after = 8)
stopifnot(abs(Cigar$pop[Cigar$state == 5 & Cigar$year == 63] - 17556) < 1)
cigar <- data.frame(unit = abb[Cigar$state], period = 1900 + Cigar$year, value = Cigar$sales)
write.csv(cigar, file.path(out, "cigar.sales.csv"), row.names = FALSE)

wide <- reshape(cigar, idvar = "period", timevar = "unit", direction = "wide")
wide <- wide[order(wide$period), ]
colnames(wide) <- sub("^value\\.", "", colnames(wide))
periods <- wide$period
pre <- periods < 1989

# One exact simplex least-squares fit by quadprog. Dmat is singular when there are more donors
# than pre-periods, and solve.QP needs it positive definite: first a ridge of 1e-10 times the
# largest entry finds the support; the support is then refitted without a ridge (its Dmat is
# positive definite) and the KKT conditions of the unridged problem are checked, adding any
# violating donor and refitting until they hold.
simplex_qp <- function(X0, x1) {
  J <- ncol(X0)
  qp <- function(cols, ridge) {
    X <- X0[, cols, drop = FALSE]
    D <- crossprod(X)
    s <- max(abs(D))
    k <- length(cols)
    if (k == 1) return(1)
    A <- cbind(rep(1, k), diag(k))
    solve.QP(D / s + ridge * diag(k), crossprod(X, x1) / s, A, c(1, rep(0, k)), meq = 1)$solution
  }
  w <- qp(seq_len(J), 1e-10)
  support <- which(w > 1e-7)
  repeat {
    ws <- pmax(qp(support, 0), 0)
    w <- numeric(J)
    w[support] <- ws / sum(ws)
    g <- drop(crossprod(X0, X0 %*% w - x1))
    mu <- mean(g[w > 0])
    scale <- max(colSums(X0^2), sum(x1^2))
    worst <- which.min(g - mu)
    if (g[worst] - mu >= -1e-9 * scale) break
    support <- sort(union(support[w[support] > 0], worst))
  }
  w
}

synth_case <- function(name, target, donors) {
  Y <- as.matrix(wide[, c(target, donors)])
  fit1 <- function(x1, X0) {
    w <- simplex_qp(X0[pre, , drop = FALSE], x1[pre])
    s <- drop(X0 %*% w)
    gap <- x1 - s
    list(w = w, s = s, gap = gap, objective = sum(gap[pre]^2),
         pre = sqrt(mean(gap[pre]^2)), post = sqrt(mean(gap[!pre]^2)))
  }
  main <- fit1(Y[, target], Y[, donors, drop = FALSE])
  write.csv(data.frame(donor = donors, weight = num(main$w)),
            file.path(out, paste0(name, ".weights.csv")), row.names = FALSE)
  write.csv(data.frame(period = periods, target = num(Y[, target]), synthetic = num(main$s),
                       gap = num(main$gap)),
            file.path(out, paste0(name, ".series.csv")), row.names = FALSE)
  plac <- lapply(donors, function(d) fit1(Y[, d], Y[, setdiff(donors, d), drop = FALSE]))
  ratios <- sapply(plac, function(p) p$post / p$pre)
  ratio <- main$post / main$pre
  write.csv(data.frame(unit = donors, objective = num(sapply(plac, `[[`, "objective")),
                       pre_rmspe = num(sapply(plac, `[[`, "pre")),
                       post_rmspe = num(sapply(plac, `[[`, "post")), ratio = num(ratios)),
            file.path(out, paste0(name, ".placebos.csv")), row.names = FALSE)
  post_gap <- main$gap[!pre]
  write.csv(data.frame(target = target, preperiods = sum(pre), objective = num(main$objective),
                       pre_rmspe = num(main$pre), post_rmspe = num(main$post), ratio = num(ratio),
                       average_effect = num(mean(post_gap)),
                       percent_effect = num(100 * sum(post_gap) / sum(main$s[!pre])),
                       p_value = num((1 + sum(ratios >= ratio)) / (length(donors) + 1))),
            file.path(out, paste0(name, ".summary.csv")), row.names = FALSE)
}

states <- setdiff(sort(unique(cigar$unit)), "CA")
synth_case("synth_cigar_all", "CA", states)
# ADH 2010 left out Massachusetts, Arizona, Oregon and Florida (tobacco programmes) and Alaska,
# Hawaii, Maryland, Michigan, New Jersey, New York, Washington and DC (large tax increases);
# Alaska, Hawaii and Oregon are not in Cigar.
synth_case("synth_cigar_adh", "CA",
           setdiff(states, c("MA", "AZ", "OR", "FL", "AK", "HI", "MD", "MI", "NJ", "NY", "WA",
                             "DC")))

## ---- Propensity-score matching --------------------------------------------------------------

data(lalonde, package = "MatchIt")
# Race as 0/1 columns (black the reference in the model, as R codes the factor); the propensity
# scores are the same as with the factor, which is checked below.
d <- data.frame(id = rownames(lalonde), treat = lalonde$treat, age = lalonde$age,
                educ = lalonde$educ, black = as.integer(lalonde$race == "black"),
                hispan = as.integer(lalonde$race == "hispan"),
                white = as.integer(lalonde$race == "white"), married = lalonde$married,
                nodegree = lalonde$nodegree, re74 = lalonde$re74, re75 = lalonde$re75)
rownames(d) <- d$id
write.csv(d, file.path(out, "lalonde.data.csv"), row.names = FALSE)
f <- treat ~ age + educ + hispan + white + married + nodegree + re74 + re75
f_factor <- treat ~ age + educ + race + married + nodegree + re74 + re75

ps <- glm(f, data = d, family = binomial)
s <- summary(ps)$coefficients
write.csv(data.frame(name = rownames(s), estimate = num(s[, 1]), se = num(s[, 2]), z = num(s[, 3]),
                     p = num(s[, 4])),
          file.path(out, "match_lalonde.glm.coef.csv"), row.names = FALSE)
write.csv(data.frame(deviance = num(deviance(ps)), null_deviance = num(ps$null.deviance),
                     aic = num(ps$aic), iterations = ps$iter),
          file.path(out, "match_lalonde.glm.summary.csv"), row.names = FALSE)

# MatchIt 4.5.1 (the version in Debian 12) compares distances in its nearest-neighbour C++ code
# with an integer abs(), so every propensity-score difference (below 1) counts as 0: it always
# takes the neighbour below and never applies a caliper (MatchIt issue #163, "Caliper not working
# as intended on versions 4.5.1 - 4.5.3"). Matching on the same propensity scores times 2^30 (an
# exact power of two: same order, same ties, differences exact) sidesteps the truncation, so the
# matches are those of MatchIt's intended rule (4.5.0, 4.5.4 and later). The caliper, in standard
# deviations of that distance, scales with it. The balance table is then computed on the
# unscaled scores.
scale <- 2^30
match_case <- function(name, ...) {
  glm_distance <- matchit(f_factor, data = lalonde, method = "nearest", distance = "glm")$distance
  stopifnot(isTRUE(all.equal(unname(glm_distance), unname(fitted(ps)), tolerance = 1e-12)))
  m <- matchit(f, data = d, method = "nearest", distance = scale * unname(glm_distance), ...)
  m$distance <- m$distance / scale
  if (name == "match_lalonde_nearest") {
    write.csv(data.frame(id = d$id, distance = num(m$distance)),
              file.path(out, "match_lalonde.distance.csv"), row.names = FALSE)
  }
  mm <- m$match.matrix
  pairs <- do.call(rbind, lapply(seq_len(ncol(mm)), function(r)
    data.frame(treated = rownames(mm), control = mm[, r], round = r)))
  pairs <- pairs[!is.na(pairs$control), ]
  write.csv(pairs, file.path(out, paste0(name, ".pairs.csv")), row.names = FALSE)
  write.csv(data.frame(id = d$id, weight = num(m$weights)),
            file.path(out, paste0(name, ".weights.csv")), row.names = FALSE)
  sm <- summary(m)
  bal <- function(x, stage) data.frame(stage = stage, variable = rownames(x),
                                       means_treated = num(x[, "Means Treated"]),
                                       means_control = num(x[, "Means Control"]),
                                       std_mean_diff = num(x[, "Std. Mean Diff."]),
                                       var_ratio = num(x[, "Var. Ratio"]),
                                       ecdf_mean = num(x[, "eCDF Mean"]),
                                       ecdf_max = num(x[, "eCDF Max"]))
  write.csv(rbind(bal(sm$sum.all, "all"), bal(sm$sum.matched, "matched")),
            file.path(out, paste0(name, ".balance.csv")), row.names = FALSE)
}
match_case("match_lalonde_nearest")
match_case("match_lalonde_caliper", caliper = 0.1)
match_case("match_lalonde_ratio2", ratio = 2)
