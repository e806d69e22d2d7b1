package org.ceasefire.cases;

import org.jspecify.annotations.Nullable;

/**
 * Time through the pipeline for one forum ({@code undecided} for cases with no decision yet): how
 * many cases, how many reached a charge and a disposition, and the median and mean days from
 * referral to the first charge and to the first disposition.
 */
public record CaseMeasure(
    String forum,
    long cases,
    long charged,
    @Nullable Double medianDaysToCharge,
    @Nullable Double meanDaysToCharge,
    long disposed,
    @Nullable Double medianDaysToDisposition,
    @Nullable Double meanDaysToDisposition) {}
