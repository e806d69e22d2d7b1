#!/usr/bin/env Rscript
# The R igraph peer for the network benchmarks: times exact betweenness on ba-100k.csv and Louvain
# on sbm-1m.csv (the graphs the JMH benchmarks generate), prints one line per measurement.
#   Rscript analytics/src/test/bench/network-igraph-peers.R DIR [REPEATS]
suppressPackageStartupMessages(library(igraph))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
reps <- if (length(args) > 1) as.integer(args[2]) else 1
read <- function(f) {
  e <- read.csv(file.path(dir, f), colClasses = "character")
  simplify(graph_from_data_frame(e, directed = FALSE))
}
ba <- read("ba-100k.csv")
cat(sprintf("igraph %s, R %s: ba-100k %d nodes %d edges\n", packageVersion("igraph"),
            getRversion(), vcount(ba), ecount(ba)))
for (i in seq_len(reps)) {
  t <- system.time(b <- betweenness(ba, directed = FALSE))[["elapsed"]]
  cat(sprintf("igraph betweenness ba-100k: %.2f s (max %.1f)\n", t, max(b)))
}
sbm <- read("sbm-1m.csv")
for (i in seq_len(3)) {
  set.seed(i)
  t <- system.time(l <- cluster_louvain(sbm))[["elapsed"]]
  cat(sprintf("igraph louvain sbm-1m (%d edges): %.2f s, modularity %.4f, %d communities\n",
              ecount(sbm), t, modularity(l), length(l)))
}
