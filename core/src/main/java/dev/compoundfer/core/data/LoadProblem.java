package dev.compoundfer.core.data;

/**
 * A sample that a dataset reader skipped, and why.
 *
 * @param file the file (or manifest line) concerned, as the user would recognise it
 * @param reason one sentence a user can act on
 */
public record LoadProblem(String file, String reason) {}
