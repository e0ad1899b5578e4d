package dev.compoundfer.core.data;

/**
 * A sample that a dataset reader skipped, and why; also used for the few notices that change how the data was read
 * (CFEE's built-in class table used in place of a missing workbook, a manifest split conflict that was resolved).
 *
 * @param file the file (or manifest line) concerned, as the user would recognise it
 * @param reason one sentence a user can act on
 */
public record LoadProblem(String file, String reason) {}
