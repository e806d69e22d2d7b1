#!/usr/bin/env Rscript
# Golden files for the survival tests: survfit (Kaplan-Meier, log CI), survdiff (log-rank) and
# coxph (Efron ties) on datasets shipped with R's survival package (lung, veteran, ovarian).
# Run from the analytics module: Rscript src/test/r/survival_golden.R
invisible(Sys.setlocale("LC_COLLATE", "C"))
suppressPackageStartupMessages(library(survival))
out <- file.path("src", "test", "resources", "golden", "stats")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) formatC(as.numeric(x), digits = 17, format = "g")

surv_case <- function(name, time, event, group, covariates) {
  d <- data.frame(id = seq_along(time), time = time, event = as.integer(event))
  d$group <- group
  for (n in names(covariates)) d[[n]] <- covariates[[n]]
  d <- d[complete.cases(d), ]
  d$id <- seq_len(nrow(d))
  write.csv(d, file.path(out, paste0(name, ".data.csv")), row.names = FALSE)
  m <- d
  for (n in names(m)) if (is.character(m[[n]])) m[[n]] <- factor(m[[n]], levels = sort(unique(m[[n]])))
  m$group <- factor(m$group, levels = sort(unique(m$group)))
  fit <- survfit(Surv(time, event) ~ group, data = m, conf.type = "log")
  strata <- rep(sub("^group=", "", names(fit$strata)), fit$strata)
  km <- data.frame(group = strata, time = num(fit$time), at_risk = fit$n.risk,
                   events = fit$n.event, survival = num(fit$surv), se = num(fit$std.err),
                   lower = num(fit$lower), upper = num(fit$upper))
  write.csv(km, file.path(out, paste0(name, ".km.csv")), row.names = FALSE)
  lr <- survdiff(Surv(time, event) ~ group, data = m)
  df <- length(lr$n) - 1
  write.csv(data.frame(chisq = num(lr$chisq), df = df,
                       p = num(pchisq(lr$chisq, df, lower.tail = FALSE))),
            file.path(out, paste0(name, ".logrank.csv")), row.names = FALSE)
  f <- as.formula(paste("Surv(time, event) ~", paste(c("group", names(covariates)), collapse = " + ")))
  cox <- coxph(f, data = m, ties = "efron")
  s <- summary(cox)$coefficients
  write.csv(data.frame(name = rownames(s), estimate = num(s[, "coef"]), se = num(s[, "se(coef)"]),
                       hazard_ratio = num(s[, "exp(coef)"]), z = num(s[, "z"]), p = num(s[, "Pr(>|z|)"])),
            file.path(out, paste0(name, ".cox.csv")), row.names = FALSE)
  write.csv(data.frame(covariates = paste(names(covariates), collapse = ","),
                       loglik = num(cox$loglik[2]), null_loglik = num(cox$loglik[1])),
            file.path(out, paste0(name, ".survival.csv")), row.names = FALSE)
}

surv_case("lung", lung$time, lung$status == 2, as.character(lung$sex),
          list(age = lung$age, ph.ecog = lung$ph.ecog))
vet <- veteran
surv_case("veteran", vet$time, vet$status == 1, as.character(vet$trt),
          list(karno = vet$karno, celltype = as.character(vet$celltype)))
surv_case("veteran_celltype", vet$time, vet$status == 1, as.character(vet$celltype),
          list(karno = vet$karno))
surv_case("ovarian", ovarian$futime, ovarian$fustat == 1, as.character(ovarian$rx),
          list(age = ovarian$age, resid.ds = ovarian$resid.ds))
