#!/usr/bin/env Rscript
# Golden files for the GLM tests: R glm (poisson, quasipoisson) and MASS::glm.nb on count data
# shipped with R (datasets, MASS). Run from the analytics module: Rscript src/test/r/glm_golden.R
# Factor levels sort in the C locale, as the Java code sorts them.
invisible(Sys.setlocale("LC_COLLATE", "C"))
suppressPackageStartupMessages(library(MASS))
out <- file.path("src", "test", "resources", "golden", "stats")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")

as_plain <- function(d) {
  for (n in names(d)) if (is.factor(d[[n]])) d[[n]] <- as.character(d[[n]])
  d
}
refactor <- function(d) {
  for (n in names(d)) if (is.character(d[[n]])) d[[n]] <- factor(d[[n]], levels = sort(unique(d[[n]])))
  d
}

fit_case <- function(name, data, formula, families, offset = NULL) {
  plain <- as_plain(data)
  write.csv(plain, file.path(out, paste0(name, ".data.csv")), row.names = FALSE)
  d <- refactor(plain)
  f <- as.formula(formula)
  if (!is.null(offset)) f <- update(f, as.formula(paste0(". ~ . + offset(log(", offset, "))")))
  for (family in families) {
    fit <- switch(family,
      poisson = glm(f, family = poisson, data = d),
      quasipoisson = glm(f, family = quasipoisson, data = d),
      negbin = glm.nb(f, data = d))
    s <- summary(fit)$coefficients
    ci <- confint.default(fit)
    co <- data.frame(name = rownames(s), estimate = num(s[, 1]), se = num(s[, 2]),
                     z = num(s[, 3]), p = num(s[, 4]), ci_low = num(ci[, 1]), ci_high = num(ci[, 2]))
    write.csv(co, file.path(out, paste0(name, ".", family, ".coef.csv")), row.names = FALSE)
    sm <- data.frame(deviance = num(deviance(fit)), null_deviance = num(fit$null.deviance),
                     aic = num(if (family == "quasipoisson") NA else fit$aic),
                     theta = num(if (family == "negbin") fit$theta else NA),
                     df_residual = fit$df.residual,
                     dispersion = num(summary(fit)$dispersion),
                     formula = formula, offset = if (is.null(offset)) "" else offset)
    write.csv(sm, file.path(out, paste0(name, ".", family, ".summary.csv")), row.names = FALSE)
  }
}

all3 <- c("poisson", "quasipoisson", "negbin")
fit_case("warpbreaks", warpbreaks, "breaks ~ wool + tension", all3)
fit_case("warpbreaks_interaction", warpbreaks, "breaks ~ wool * tension", c("poisson", "negbin"))
fit_case("insectsprays", InsectSprays, "count ~ spray", all3)
fit_case("quine", quine, "Days ~ Eth + Sex + Age + Lrn", all3)
epil1 <- epil[, c("y", "trt", "base", "age", "V4", "subject", "period")]
epil1$lbase <- log(epil1$base / 4)
epil1$lage <- log(epil1$age)
fit_case("epil", epil1, "y ~ lbase + trt + lage + V4", all3)
ins <- Insurance
ins$Group <- as.character(ins$Group)
ins$Age <- as.character(ins$Age)
ins$District <- as.integer(as.character(ins$District))
fit_case("insurance", ins, "Claims ~ factor(District) + Group + Age", "poisson", offset = "Holders")
sh <- subset(ships, service > 0)
fit_case("ships", sh, "incidents ~ type + factor(year) + factor(period)", c("poisson", "quasipoisson"), offset = "service")
belts <- as.data.frame(Seatbelts)[, c("front", "law", "PetrolPrice", "kms")]
fit_case("seatbelts", belts, "front ~ law + PetrolPrice", all3, offset = "kms")
