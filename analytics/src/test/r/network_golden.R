#!/usr/bin/env Rscript
# Golden files for the network tests, part 2 (R igraph). Run from the analytics module after
# src/test/python/network_golden.py (which exports the networkx networks):
#   Rscript src/test/r/network_golden.R
# Writes, per case, <case>.igraph.csv (one row per node) and <case>.summary.csv.
suppressPackageStartupMessages(library(igraph))
out <- file.path("src", "test", "resources", "golden", "network")
num <- function(x) formatC(x, digits = 17, format = "g")

write_edges <- function(g, name) {
  e <- as_data_frame(g, what = "edges")
  if (is.null(e$weight)) e$weight <- 1
  write.csv(data.frame(source = e$from, target = e$to, weight = e$weight),
            file.path(out, paste0(name, ".edges.csv")), row.names = FALSE, quote = FALSE)
}

read_edges <- function(name, directed) {
  e <- read.csv(file.path(out, paste0(name, ".edges.csv")), colClasses = "character")
  e$weight <- as.numeric(e$weight)
  # Nodes in order of first appearance (source before target), as the Java reader numbers them.
  ids <- unique(as.vector(t(as.matrix(e[, c("source", "target")]))))
  g <- graph_from_data_frame(e, directed = directed, vertices = data.frame(name = ids))
  simplify(g, edge.attr.comb = list(weight = "sum"))
}

measure <- function(name, case, directed, weighted) {
  g <- read_edges(name, directed)
  w <- if (weighted) E(g)$weight else NA
  if (!weighted) g <- delete_edge_attr(g, "weight")
  ug <- if (directed) as.undirected(g, mode = "collapse", edge.attr.comb = list(weight = "sum")) else g
  uw <- if (weighted) E(ug)$weight else NULL
  set.seed(1)
  louvain <- cluster_louvain(ug, weights = uw)
  d <- data.frame(
    id = V(g)$name,
    component = components(g, mode = "weak")$membership - 1,
    degree = degree(g, mode = "all"),
    strength = num(strength(g, mode = "all", weights = if (weighted) w else NULL)),
    betweenness = num(betweenness(g, directed = directed, weights = w)),
    betweenness_normalized = num(betweenness(g, directed = directed, weights = w, normalized = TRUE)),
    closeness = num(closeness(g, mode = "out", weights = w, normalized = TRUE)),
    harmonic = num(harmonic_centrality(g, mode = "out", weights = w)),
    eigenvector = num(eigen_centrality(g, directed = directed, scale = TRUE,
                                       weights = if (weighted) w else NULL)$vector),
    pagerank = num(page_rank(g, damping = 0.85, directed = directed,
                             weights = if (weighted) w else NULL)$vector),
    core = coreness(g, mode = "all"),
    louvain = as.integer(membership(louvain)) - 1)
  write.csv(d, file.path(out, paste0(case, ".igraph.csv")), row.names = FALSE, quote = TRUE)
  s <- data.frame(nodes = vcount(g), edges = ecount(g), components = count_components(g, mode = "weak"),
                  louvain_modularity = num(modularity(louvain)),
                  louvain_communities = length(louvain))
  write.csv(s, file.path(out, paste0(case, ".summary.csv")), row.names = FALSE, quote = FALSE)
}

# Zachary's karate club, bundled with igraph.
karate <- make_graph("Zachary")
V(karate)$name <- as.character(seq_len(vcount(karate)))
write_edges(karate, "karate")
# A directed variant of the karate club: each tie as listed, and back again when the ends' sum is odd.
ke <- as_data_frame(karate, what = "edges")
back <- (as.integer(ke$from) + as.integer(ke$to)) %% 2 == 1
kd <- rbind(data.frame(source = ke$from, target = ke$to),
            data.frame(source = ke$to[back], target = ke$from[back]))
kd$weight <- 1
write.csv(kd, file.path(out, "karate_directed.edges.csv"), row.names = FALSE, quote = FALSE)
# A disconnected graph: the karate club and the Florentine families side by side.
fl <- read.csv(file.path(out, "florentine.edges.csv"), colClasses = "character")
ke$weight <- 1
both <- rbind(data.frame(source = ke$from, target = ke$to, weight = 1), fl)
write.csv(both, file.path(out, "disconnected.edges.csv"), row.names = FALSE, quote = TRUE)

measure("karate", "karate", FALSE, FALSE)
measure("karate_directed", "karate_directed", TRUE, FALSE)
measure("disconnected", "disconnected", FALSE, FALSE)
measure("florentine", "florentine", FALSE, FALSE)
measure("lesmis", "lesmis", FALSE, FALSE)
measure("lesmis", "lesmis_weighted", FALSE, TRUE)

# Co-occurrence projection of the Davis Southern Women person-event pairs.
p <- read.csv(file.path(out, "davis.pairs.csv"), colClasses = "character")
b <- graph_from_data_frame(p, directed = FALSE)
V(b)$type <- V(b)$name %in% p$event
proj <- bipartite_projection(b, which = "false")
pe <- as_data_frame(proj, what = "edges")
write.csv(data.frame(source = pe$from, target = pe$to, weight = pe$weight),
          file.path(out, "davis.projection.csv"), row.names = FALSE, quote = TRUE)

# Exposure on the karate club to three seeds: distance to the nearest seed, seeds within 1 and 2.
seeds <- c("1", "34", "17")
g <- read_edges("karate", FALSE)
d <- distances(g, v = seeds, to = V(g))
nearest <- apply(d, 2, min)
within <- function(k) sapply(V(g)$name, function(v) sum(d[, v] <= k & d[, v] > 0))
write.csv(data.frame(id = V(g)$name, distance = ifelse(nearest <= 3, nearest, NA),
                     seeds_within_1 = within(1), seeds_within_2 = within(2)),
          file.path(out, "karate.exposure.csv"), row.names = FALSE, quote = TRUE)
