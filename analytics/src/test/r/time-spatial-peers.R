#!/usr/bin/env Rscript
# Times the R peers the spatial methods are validated against, on the benchmark data.
#   Rscript time-spatial-peers.R EVENTS_10K.csv [B]
# EVENTS_10K.csv: the 10,000 synthetic events (id,x,y,t) written by bench.SyntheticCity.
# surveillance::knox shuffles its pair vector B times; B defaults to 19 here and the 999-permutation
# time is extrapolated linearly from the setup time and the per-permutation time (said so in output).
suppressPackageStartupMessages({
  library(spdep)
  library(spatstat)
  library(surveillance)
})
args <- commandArgs(trailingOnly = TRUE)
B <- if (length(args) > 1) as.integer(args[2]) else 19L
ev <- read.csv(args[1])
day <- as.numeric(as.Date(ev$t))
secs <- function(expr) unname(system.time(expr)[["elapsed"]])

cat(sprintf("R %s, spdep %s, spatstat %s, surveillance %s\n", getRversion(),
            packageVersion("spdep"), packageVersion("spatstat"), packageVersion("surveillance")))

# ---- Knox, one cell ([0,50] m x [0,7] days), 10,000 events ----------------------------------
setup <- secs({
  dt <- dist(day); ds <- dist(cbind(ev$x, ev$y))
  k0 <- knox(dt, ds, eps.t = 7, eps.s = 50, simulate.p.value = FALSE)
})
withB <- secs(k <- knox(dt, ds, eps.t = 7, eps.s = 50, simulate.p.value = TRUE, B = B))
perPerm <- withB / B
cat(sprintf("knox 10000 events: observed %d; dist() + table %.2f s; %d permutations %.2f s",
            k$statistic, setup, B, withB),
    sprintf("(%.3f s each) -> 999 permutations ~ %.0f s for one cell; x200 cells ~ %.0f s\n",
            perPerm, setup + 999 * perPerm, 200 * (setup + 999 * perPerm)))
rm(dt, ds); invisible(gc())

# ---- Kernel density: 1,000,000 points to a 500 x 500 grid (FFT pixels, Gaussian) -------------
set.seed(7)
X <- ppp(runif(1e6, 0, 25000), runif(1e6, 0, 25000), window = owin(c(0, 25000), c(0, 25000)))
kde <- secs(D <- density(X, sigma = 50, edge = FALSE, dimyx = c(500, 500)))
cat(sprintf("spatstat density.ppp 1e6 points, 500 x 500, gaussian sigma 50, edge=FALSE: %.2f s\n", kde))
rm(X, D); invisible(gc())

# ---- Gi*: localG on a rook grid -------------------------------------------------------------
for (side in c(300L, 1000L)) {
  v <- rpois(side * side, 2)
  build <- secs(lw <- nb2listw(include.self(cell2nb(side, side, type = "rook")), style = "B"))
  g <- secs(z <- localG(v, lw))
  cat(sprintf("spdep localG %d cells (rook, self included): weights %.2f s, localG %.2f s\n",
              side * side, build, g))
  rm(lw, z); invisible(gc())
}
