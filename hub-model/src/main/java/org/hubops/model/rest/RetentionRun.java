package org.hubops.model.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run of the retention job did, or for a dry run would do.
 *
 * @param cutoff people whose last attendance is before this day are erased
 * @param retentionMonths the configured retention period
 * @param erased how many were erased (0 for a dry run)
 */
public record RetentionRun(
    boolean dryRun, LocalDate cutoff, int retentionMonths, int erased, List<RetentionDue> due) {}
