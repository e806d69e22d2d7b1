#!/usr/bin/env Rscript
# Builds the golden files the spatial and near-repeat tests compare against, from real data that
# ships with Debian's R packages (r-cran-spdep with spData, r-cran-spatstat, r-cran-surveillance).
#
#   Rscript analytics/src/test/r/make-spatial-golden.R [output-dir]
#
# Output defaults to analytics/src/test/resources/golden/spatial next to this script. The tests
# only read these files, so CI needs no R. Coordinates are written as they come (feet for Chicago,
# metres for the others); the Java methods treat them as metres, which only rescales the densities.
suppressPackageStartupMessages({
  library(spdep)
  library(spatstat)
  library(surveillance)
  library(sf)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out <- commandArgs(trailingOnly = TRUE)
out <- if (length(out) > 0) out[1] else
  file.path(dirname(normalizePath(script)), "..", "resources", "golden", "spatial")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
put <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE)
num <- function(v) sprintf("%.17g", v)

# ---- Chicago crimes (spatstat.data::chicago): grid counts and Gaussian KDE -------------------
X <- unmark(as.ppp(chicago))
put(data.frame(id = seq_len(npoints(X)), x = num(X$x), y = num(X$y)), "chicago-events.csv")

grid_of <- function(x, y, cell) {
  ox <- floor(min(x) / cell) * cell; oy <- floor(min(y) / cell) * cell
  cols <- floor((max(x) - ox) / cell) + 1; rows <- floor((max(y) - oy) / cell) + 1
  g <- expand.grid(col = 0:(cols - 1), row = 0:(rows - 1))
  g$x <- ox + (g$col + 0.5) * cell; g$y <- oy + (g$row + 0.5) * cell
  list(cells = g[, c("row", "col", "x", "y")], ox = ox, oy = oy, cols = cols, rows = rows)
}

cell <- 100
g <- grid_of(X$x, X$y, cell)
key <- floor((X$y - g$oy) / cell) * g$cols + floor((X$x - g$ox) / cell)
g$cells$count <- tabulate(key + 1, nbins = g$rows * g$cols)
put(g$cells, "chicago-grid-100.csv")

# Gaussian kernel, sigma = 80, no edge correction, evaluated exactly at the cell centres
# (densityfun is the exact form of density.ppp); densities per square unit times 1e6.
cell <- 25; sigma <- 80
g <- grid_of(X$x, X$y, cell)
f <- densityfun(X, sigma = sigma, edge = FALSE)
g$cells$density <- num(f(g$cells$x, g$cells$y) * 1e6)
put(g$cells, "chicago-kde-gaussian-25-80.csv")

# ---- Columbus, Ohio neighbourhood crime (spData) with its GAL contiguity ---------------------
col <- st_read(system.file("shapes/columbus.shp", package = "spData"), quiet = TRUE)
ids <- col$POLYID
nb <- read.gal(system.file("weights/columbus.gal", package = "spData"), region.id = ids)
put(data.frame(id = ids, value = num(col$CRIME)), "columbus-crime.csv")
put(data.frame(id = rep(ids, card(nb)), neighbor = ids[unlist(nb)]), "columbus-weights.csv")

gstar <- localG(col$CRIME, nb2listw(include.self(nb), style = "B"))
gi <- localG(col$CRIME, nb2listw(nb, style = "B"))
gfile <- function(z) {
  p <- 2 * pnorm(abs(as.vector(z)), lower.tail = FALSE)
  data.frame(id = ids, z = num(as.vector(z)), p = num(p),
             fdr_significant = tolower(p.adjust(p, "BH") <= 0.05))
}
put(gfile(gstar), "columbus-gistar.csv")
put(gfile(gi), "columbus-gi.csv")

lw <- nb2listw(nb, style = "W")
moran_json <- function(x, lw, name) {
  r <- moran.test(x, lw, randomisation = TRUE)
  nrm <- moran.test(x, lw, randomisation = FALSE)
  write(toJSON(list(I = r$estimate[[1]], expected = r$estimate[[2]],
                    variance_normal = nrm$estimate[[3]], z_normal = nrm$statistic[[1]],
                    variance_randomization = r$estimate[[3]],
                    z_randomization = r$statistic[[1]]),
               auto_unbox = TRUE, digits = NA), file.path(out, name))
}
moran_json(col$CRIME, lw, "columbus-moran.json")

lm <- localmoran(col$CRIME, lw)
q <- c("High-High" = "HH", "Low-Low" = "LL", "High-Low" = "HL", "Low-High" = "LH")
put(data.frame(id = ids, Ii = num(lm[, "Ii"]), z = num(lm[, "Z.Ii"]),
               p = num(lm[, "Pr(z != E(Ii))"]),
               quadrant = q[as.character(attr(lm, "quadr")$mean)]),
    "columbus-localmoran.csv")

# General weights: inverse distance between centroids within 10 units (the shapefile's units).
xy <- st_coordinates(st_centroid(st_geometry(col)))
dnb <- dnearneigh(xy, 0, 1.5, row.names = ids)
idw <- lapply(nbdists(dnb, xy), function(d) 1 / d)
put(data.frame(id = rep(ids, card(dnb)), neighbor = ids[unlist(dnb)], weight = num(unlist(idw))),
    "columbus-idw-weights.csv")
put(gfile(localG(col$CRIME, nb2listw(dnb, glist = idw, style = "B"))), "columbus-idw-gi.csv")
moran_json(col$CRIME, nb2listw(dnb, glist = idw, style = "W"), "columbus-idw-moran.json")

# ---- Invasive meningococcal disease, Germany 2002-2008 (surveillance::imdepi): Knox ---------
data(imdepi)
ev <- imdepi$events
day <- floor(ev$time)                     # whole days since 2002-01-01
xy <- sp::coordinates(ev) * 1000          # km -> m
put(data.frame(id = seq_along(day), x = num(xy[, 1]), y = num(xy[, 2]),
               t = format(as.Date("2002-01-01") + day), type = ev$type), "imdepi-events.csv")
dt <- dist(day); ds <- dist(xy)
knoxes <- do.call(rbind, lapply(list(c(30, 50000), c(7, 20000), c(0, 10000), c(60, 100000)),
  function(th) {
    k <- knox(dt, ds, eps.t = th[1], eps.s = th[2], simulate.p.value = FALSE)
    data.frame(days = th[1], distance = th[2], observed = k$statistic[[1]],
               expected = num(k$null.value[[1]]))
  }))
put(knoxes, "imdepi-knox.csv")

# Near-repeat table: pairs counted by distance band x time band, [e0,e1], (e1,e2], ...
dband <- c(0, 10000, 20000, 50000, 100000); tband <- c(0, 7, 14, 30, 60)
d <- as.vector(ds); t <- as.vector(dt)
cd <- cut(d, dband, right = TRUE, include.lowest = TRUE)
ct <- cut(t, tband, right = TRUE, include.lowest = TRUE)
obs <- unclass(table(cd, ct))
# Exact expectation under random permutation of the times among the locations.
expected <- outer(as.vector(table(cd)), as.vector(table(ct))) / length(d)
write(toJSON(list(distance_bands = dband, time_bands = tband,
                  observed = unname(obs), expected_exact = unname(expected)), digits = NA),
      file.path(out, "imdepi-nearrepeat.json"))
cat("golden files written to", normalizePath(out), "\n")
