package dev.compoundfer.ejb.experiment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One run of a job step.
 *
 * @param jobExecutionId the job execution that ran it (a restart has a new one)
 * @param step the step's id in the job XML
 * @param startedAt when it started
 * @param endedAt when it ended, null while it runs
 * @param status its batch status at the end, null while it runs
 * @param seconds its wall time, null while it runs
 * @param items chunk items this run processed (a restarted teacher step counts only the epochs it trained)
 */
public record StepRunView(
    long jobExecutionId, String step, LocalDateTime startedAt, LocalDateTime endedAt, String status, Double seconds,
    Integer items)
    implements Serializable {}
