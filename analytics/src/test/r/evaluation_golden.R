#!/usr/bin/env Rscript
# Golden files for the evaluation tests: interrupted time series (segmented Poisson / negative
# binomial regression) on R's UKDriverDeaths and Seatbelts series (the seat-belt law of
# 31 January 1983, first month under the law 1983-02), and difference-in-differences with
# cluster-robust (CR1, sandwich::vcovCL type HC1) errors on Seatbelts front vs rear passengers.
# Run from the analytics module: Rscript src/test/r/evaluation_golden.R
invisible(Sys.setlocale("LC_COLLATE", "C"))
suppressPackageStartupMessages({ library(MASS); library(sandwich) })
out <- file.path("src", "test", "resources", "golden", "stats")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")
period <- function(s) sprintf("%04d-%02d", as.integer(floor(time(s) + 1e-9)), as.integer(cycle(s)))
brk <- "1983-02"

series <- function(s, exposure = NULL) {
  d <- data.frame(period = period(s), count = as.numeric(s))
  if (!is.null(exposure)) d$exposure <- as.numeric(exposure)
  d
}

design <- function(d, brk) {
  d$time <- seq_len(nrow(d))
  tb <- d$time[d$period == brk]
  d$post <- as.integer(d$period >= brk)
  d$time_since <- pmax(0, d$time - tb)
  d$month <- factor(as.integer(substr(d$period, 6, 7)), levels = 1:12)
  d
}

fit <- function(f, d, family) {
  if (family == "poisson") glm(f, family = poisson, data = d) else glm.nb(f, data = d)
}

write_fit <- function(m, name, extra = list()) {
  s <- summary(m)$coefficients
  ci <- confint.default(m)
  write.csv(data.frame(name = rownames(s), estimate = num(s[, 1]), se = num(s[, 2]), z = num(s[, 3]),
                       p = num(s[, 4]), ci_low = num(ci[, 1]), ci_high = num(ci[, 2])),
            file.path(out, paste0(name, ".coef.csv")), row.names = FALSE)
  sm <- data.frame(deviance = num(deviance(m)), null_deviance = num(m$null.deviance), aic = num(m$aic),
                   theta = num(if (is.null(m$theta)) NA else m$theta))
  for (k in names(extra)) sm[[k]] <- extra[[k]]
  write.csv(sm, file.path(out, paste0(name, ".summary.csv")), row.names = FALSE)
}

its_case <- function(name, s, exposure = NULL, comparison = NULL, comparison_exposure = NULL) {
  d <- series(s, exposure)
  write.csv(d, file.path(out, paste0(name, ".series.csv")), row.names = FALSE)
  if (!is.null(comparison)) {
    c <- series(comparison, comparison_exposure)
    write.csv(c, file.path(out, paste0(name, ".comparison.csv")), row.names = FALSE)
  }
  for (family in c("poisson", "negbin")) {
    for (season in c("month", "none")) {
      rhs <- if (is.null(comparison)) "time + post + time_since" else
        "time + post + time_since + treated + treated:time + treated:post + treated:time_since"
      if (season == "month") rhs <- paste(rhs, "+ month")
      if (!is.null(exposure)) rhs <- paste(rhs, "+ offset(log(exposure))")
      dd <- design(d, brk)
      if (!is.null(comparison)) {
        dd$treated <- 1
        cc <- design(c, brk)
        cc$treated <- 0
        dd <- rbind(dd, cc)
      }
      m <- fit(as.formula(paste("count ~", rhs)), dd, family)
      x <- model.matrix(m)
      cf <- x
      for (col in colnames(cf)) if (col %in% c("post", "time_since") && is.null(comparison) ||
                                    col %in% c("post:treated", "time_since:treated")) cf[, col] <- 0
      off <- if (is.null(exposure)) 0 else log(dd$exposure)
      fitted <- exp(drop(x %*% coef(m)) + off)
      counter <- exp(drop(cf %*% coef(m)) + off)
      n1 <- nrow(d)
      write.csv(data.frame(period = d$period, fitted = num(fitted[1:n1]), counterfactual = num(counter[1:n1])),
                file.path(out, paste0(name, ".", family, ".", season, ".fitted.csv")), row.names = FALSE)
      write_fit(m, paste0(name, ".", family, ".", season))
    }
  }
}

its_case("its_ukdriverdeaths", UKDriverDeaths)
sb <- Seatbelts
its_case("its_seatbelts_front", sb[, "front"], exposure = sb[, "kms"])
its_case("cits_front_rear", sb[, "front"], comparison = sb[, "rear"])

# Difference-in-differences: front (treated by the law) vs rear seat passengers, clustered by year.
long <- rbind(data.frame(period = period(sb), count = as.numeric(sb[, "front"]), front = 1),
              data.frame(period = period(sb), count = as.numeric(sb[, "rear"]), front = 0))
long$law <- as.integer(long$period >= brk)
long$year <- substr(long$period, 1, 4)
write.csv(long, file.path(out, "did_seatbelts.data.csv"), row.names = FALSE)
for (family in c("poisson", "negbin")) {
  m <- fit(count ~ front + post + front:post, transform(long, post = law), family)
  for (cl in c("year", "none")) {
    v <- if (cl == "year") vcovCL(m, cluster = long$year, type = "HC1") else vcovCL(m, cluster = seq_len(nrow(long)), type = "HC1")
    se <- sqrt(diag(v))
    b <- coef(m)
    z <- b / se
    write.csv(data.frame(name = names(b), estimate = num(b), se = num(se), z = num(z),
                         p = num(2 * pnorm(-abs(z))), ci_low = num(b - qnorm(0.975) * se),
                         ci_high = num(b + qnorm(0.975) * se)),
              file.path(out, paste0("did_seatbelts.", family, ".", cl, ".robust.csv")), row.names = FALSE)
  }
  write_fit(m, paste0("did_seatbelts.", family))
}
