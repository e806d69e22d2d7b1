package org.ceasefire.evaluation;

import java.time.YearMonth;

/**
 * The designs run on a site's data for its program: each a {@link Section} with the result or why
 * it could not be run. {@code start} is the program's first whole month (the break).
 */
record Evaluation(
    Program program,
    String measure,
    YearMonth start,
    Section<ItsDesign.Result> its,
    Section<ItsDesign.Result> controlledIts,
    Section<DidDesign.Result> did,
    Section<SynthDesign.Result> synth,
    Section<SurvivalDesign.Result> survival,
    long millis) {}
